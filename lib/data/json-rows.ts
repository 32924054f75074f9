// Rows sent back by the database as one JSON array (json_group_array / json_agg): Prisma builds an
// object per row of a raw query, which cost ~100 ms for 52,000 rows; one JSON value costs one parse.
import "server-only";
import { dialect } from "../db";
import { Prisma } from "../generated/sqlite/client";

/** A JSON column as the driver returns it: parsed already (PostgreSQL), text (SQLite), or null (no rows). */
export type Json<T> = T | string | null;

/** An integer as a raw query returns it: a number, or a bigint (PostgreSQL's COUNT, SQLite's large values). */
export type Num = number | bigint;

/** A nullable raw integer as a number. */
export const num = (v: Num | null): number | null => (v === null ? null : Number(v));

export const parseJson = <T,>(v: Json<T>, empty: T): T => (v === null ? empty : typeof v === "string" ? (JSON.parse(v) as T) : v);

/** The aggregate of `row` (a list of columns) over a group, as an array of arrays, in `order` when given. */
export const jsonRows = (row: Prisma.Sql, order?: Prisma.Sql): Prisma.Sql => {
  const by = order ? Prisma.sql` ORDER BY ${order}` : Prisma.empty;
  return dialect === "postgres" ? Prisma.sql`json_agg(json_build_array(${row})${by})` : Prisma.sql`json_group_array(json_array(${row})${by})`;
};
