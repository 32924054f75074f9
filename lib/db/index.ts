// The app's database handle: one client per process, kept on globalThis so that Next's development
// reloads do not open a new connection pool on every edit.
import "server-only";
import { isPostgresUrl, readEnv } from "../env";
import { createDb, type Db } from "./client";

const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = globalForDb.db ?? createDb(readEnv().DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForDb.db = db;

export const dialect: "sqlite" | "postgres" = isPostgresUrl(readEnv().DATABASE_URL) ? "postgres" : "sqlite";
