// CSV that Excel opens with Arabic intact (UTF-8 with a byte-order mark) and that cannot smuggle a
// formula into a spreadsheet: a text cell starting with = + - @ is prefixed with an apostrophe.
export const BOM = "\uFEFF";

export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: (string | number | null | undefined)[]) => cells.map(csvCell).join(",") + "\r\n";
