// A chart on screen → a self-contained SVG or PNG file with its title, the active filters, a legend
// and a source line drawn inside the image. The Arabic font is embedded, so the text is shaped the
// same on a machine that lacks it, and the PNG is rendered from that same SVG.

export interface LegendItem {
  label: string;
  color: string;
  /** SVG markup drawn in a 14×14 box instead of the colour square (the map's precision rings). */
  symbol?: string;
}

export interface ExportMeta {
  title: string;
  filters: string;
  source: string;
  legend: LegendItem[];
  /** Lines under the legend (what a circle's size means). */
  notes?: string[];
}

const WIDTH_MIN = 640;
const PAD = 16;
const FONT = "Noto Sans Arabic";
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

let fontCss: Promise<string> | null = null;

async function base64(url: string): Promise<string> {
  const buf = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let s = "";
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}

function embeddedFont(): Promise<string> {
  fontCss ??= Promise.all([base64("/api/font?subset=arabic"), base64("/api/font?subset=latin")]).then(
    ([ar, la]) =>
      `@font-face{font-family:"${FONT}";src:url(data:font/woff2;base64,${ar}) format("woff2");unicode-range:U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F,U+2010-2011;}` +
      `@font-face{font-family:"${FONT}";src:url(data:font/woff2;base64,${la}) format("woff2");unicode-range:U+0000-00FF,U+2000-206F,U+2212;}`,
  );
  return fontCss;
}

/** A line of right-to-left text anchored at the right edge. */
const rtlText = (x: number, y: number, size: number, text: string, extra = "") =>
  `<text x="${x}" y="${y}" font-size="${size}" direction="rtl" text-anchor="start" ${extra}>${esc(text)}</text>`;

/** A chart's SVG element (as drawn on screen) inside the report frame. */
export async function chartSvg(chart: SVGSVGElement, meta: ExportMeta): Promise<{ svg: string; width: number; height: number }> {
  const box = chart.getBoundingClientRect();
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.removeAttribute("style");
  clone.setAttribute("width", String(Math.round(box.width)));
  clone.setAttribute("height", String(Math.round(box.height)));
  return frameSvg(new XMLSerializer().serializeToString(clone), Math.round(box.width), Math.round(box.height), meta);
}

/** Any drawing (an `<svg>` or `<g>` of bodyWidth × bodyHeight) with the title and filters above it
 * and the legend, notes and source line below: the frame every exported image shares. */
export async function frameSvg(body: string, bodyWidth: number, bodyHeight: number, meta: ExportMeta): Promise<{ svg: string; width: number; height: number }> {
  const width = Math.max(WIDTH_MIN, bodyWidth);
  const top = 74;
  const placed = `<g transform="translate(${Math.round((width - bodyWidth) / 2)},${top})">${body}</g>`;

  // The legend, right to left, wrapped to the width.
  const items: string[] = [];
  let x = width - PAD;
  let y = top + bodyHeight + 22;
  for (const item of meta.legend) {
    const w = 26 + item.label.length * 7.5;
    if (x - w < PAD) {
      x = width - PAD;
      y += 22;
    }
    const mark = item.symbol
      ? `<g transform="translate(${x - 14},${y - 12})">${item.symbol}</g>`
      : `<rect x="${x - 12}" y="${y - 11}" width="12" height="12" rx="2" fill="${item.color}"/>`;
    items.push(mark, rtlText(x - 20, y, 13, item.label));
    x -= w + 14;
  }
  for (const note of meta.notes ?? []) {
    y += 22;
    items.push(rtlText(width - PAD, y, 13, note));
  }
  const height = y + 34;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}, sans-serif">
<style>${await embeddedFont()}</style>
<rect width="100%" height="100%" fill="#ffffff"/>
${rtlText(width - PAD, 30, 19, meta.title, 'font-weight="700" fill="#1d232a"')}
${rtlText(width - PAD, 56, 13, meta.filters, 'fill="#5b6570"')}
${placed}
<g fill="#1d232a">${items.join("")}</g>
${rtlText(width - PAD, height - 12, 11, meta.source, 'fill="#5b6570"')}
</svg>`;
  return { svg, width, height };
}

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    // The embedded font can finish loading after decode; a moment later the text is final.
    await new Promise((r) => setTimeout(r, 150));
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext("2d")!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, name: string) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
