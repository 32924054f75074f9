import { isAbsolute, resolve } from "node:path";

/** The file behind a `file:` URL, resolved against the project folder (not against prisma/, as Prisma's CLI would). */
export function sqliteFilePath(url: string): string {
  const path = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return isAbsolute(path) ? path : resolve(/*turbopackIgnore: true*/ process.cwd(), path);
}

/** Prisma's `?schema=NAME` on a PostgreSQL URL: the driver takes the schema apart from the connection string. */
export function splitSchema(url: string): { connectionString: string; schema: string | null } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  u.searchParams.delete("schema");
  return { connectionString: u.toString(), schema };
}
