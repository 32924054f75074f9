// The Arabic font as files, for exported chart images: an SVG or PNG must carry its own font to
// shape Arabic the same way on a machine that lacks it.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(process.cwd(), "node_modules/@fontsource/noto-sans-arabic/files");
// A Map, not an object: "?subset=__proto__" or "constructor" must be an unknown subset, not Object's own.
const FILES = new Map<string, string>([
  ["arabic", "noto-sans-arabic-arabic-400-normal.woff2"],
  ["latin", "noto-sans-arabic-latin-400-normal.woff2"],
]);

const cache = new Map<string, Buffer>();

export function GET(req: Request) {
  const subset = new URL(req.url).searchParams.get("subset") ?? "arabic";
  const file = FILES.get(subset);
  if (!file) return Response.json({ error: "unknown subset" }, { status: 404 });
  const bytes = cache.get(file) ?? readFileSync(join(DIR, file));
  cache.set(file, bytes);
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": "font/woff2", "cache-control": "public, max-age=31536000, immutable" },
  });
}
