import { isAbsolute, resolve } from "node:path";

/** The file behind a `file:` URL, resolved against the project folder (not against prisma/, as Prisma's CLI would). */
export function sqliteFilePath(url: string): string {
  const path = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return isAbsolute(path) ? path : resolve(/*turbopackIgnore: true*/ process.cwd(), path);
}
