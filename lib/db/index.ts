// The app's database handle: one client per process, kept on globalThis so that Next's development
// reloads do not open a new connection pool on every edit.
import "server-only";
import { isPostgresUrl, readEnv } from "../env";
import { createDb, type Db } from "./client";

const globalForDb = globalThis as unknown as { db?: Db };
const url = readEnv().DATABASE_URL;

export const db: Db = globalForDb.db ?? createDb(url);
if (process.env.NODE_ENV !== "production") globalForDb.db = db;

export const dialect: "sqlite" | "postgres" = isPostgresUrl(url) ? "postgres" : "sqlite";
