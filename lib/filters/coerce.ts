// The few checks the URL's filter and table parameters need, without zod: these parsers run in the
// browser on every page with a filter bar, and zod would be a third of a page's own JavaScript for
// three checks. Each keeps exactly what the zod schema it replaced accepted (zod 4's
// `z.coerce.number().int().min().max()`: Number() of the text, a safe integer, inside the bounds).

/** The text as an integer in [min, max], or null: " 12 " and "1e3" count (Number() reads them), "1.5" and "" do not. */
export function integerIn(text: string | undefined, min: number, max: number): number | null {
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

/** A real calendar day written YYYY-MM-DD (2019-02-30 is not one). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/** The value if it is one of the choices, else the fallback. */
export function oneOf<T extends string>(choices: readonly T[], value: string | undefined, fallback: T): T {
  return (choices as readonly string[]).includes(value as string) ? (value as T) : fallback;
}
