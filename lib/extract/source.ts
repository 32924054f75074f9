// The outlet that published the page: a known media actor where pages name themselves, not where
// the news quotes them. In order of trust: a source line ("المصدر: الجزيرة + وكالات"), a dateline
// ("منبج – عنب بلدي"، "حلب-سانا"), a copyright line ("© 2019 …"), or the outlet's name standing
// alone on a short line of the page header ("تلفزيون سوريا" above the headline).
import type { ArticleContext } from "./context";
import type { ActorMention } from "./actors";
import { lines, type Line } from "./segment";

const SOURCE_LINE = /^\s*(?:المصدر|مصدر الخبر|المصادر|source)\s*[:：]/i;
const COPYRIGHT = /©|حقوق (?:النشر|الطبع) محفوظة|جميع الحقوق محفوظة/;
const DATELINE_DASH = /\s*[-–—ـ]+\s*/;

export function findSource(ctx: ArticleContext, mentions: ActorMention[]): string | null {
  const media = mentions.filter((m) => m.entry.kind === "media");
  if (media.length === 0) return null;
  // The header ends where the first paragraph of the news starts (not a ticker, not the headline).
  const first = ctx.segmented.sentences.find((s) => !s.ticker && !s.title && s.end - s.start >= 100);
  const bodyStart = first?.start ?? ctx.text.length;
  const inLine = (l: Line) => media.filter((m) => m.span.start >= l.start && m.span.end <= l.end);
  const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

  const candidates: [number, ActorMention][] = [];
  for (const l of lines(ctx.text)) {
    const found = inLine(l);
    if (found.length === 0) continue;
    const t = l.text.trim();
    if (SOURCE_LINE.test(t)) candidates.push([0, found[0]]);
    else if (COPYRIGHT.test(t) && words(t) <= 12) candidates.push([2, found[0]]);
    else if (l.start <= bodyStart + 1) {
      // A dateline: the outlet on one side of a dash, a place or "خاص" on the other, few words in all.
      const head = t.split(/[:：]/)[0];
      const sides = head.split(DATELINE_DASH);
      const dateline = sides.length === 2 && words(head) <= 6 && found.some((m) => sides.some((side) => side.trim() === m.span.surface.trim()));
      if (dateline) candidates.push([1, found[0]]);
      else if (l.start < bodyStart && words(t) <= 6 && found.some((m) => words(m.span.surface) * 2 >= words(t.replace(/[|•·]/g, " ")))) {
        candidates.push([3, found[0]]);
      }
    }
  }
  candidates.sort((a, b) => a[0] - b[0]);
  return candidates[0]?.[1].entry.nameAr ?? null;
}
