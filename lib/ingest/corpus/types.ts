import type { ArticleInput } from "../read/article";

/** What a corpus reader yields for each record: the article, or why that record is not one. */
export type CorpusItem = { line: number; article: ArticleInput; reason?: undefined } | { line: number; reason: string; article?: undefined };

/** Which CSV column holds each field (`--map title=COL,body=COL,date=COL,url=COL,source=COL`). */
export type ColumnMap = Partial<Record<"title" | "body" | "date" | "url" | "source", string>>;
