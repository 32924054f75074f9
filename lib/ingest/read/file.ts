// A file on disk through the reader, each article named as the extraction contract wants it: the
// path as given for a file of one article, `path#1`, `path#2`, … for a file of several.
import { readFileSync } from "node:fs";
import { readArticles } from "../read";
import type { ArticleInput } from "./article";

export interface NamedArticle {
  id: string;
  article: ArticleInput;
}

export function readArticleFile(path: string, maxBytes = Number.MAX_SAFE_INTEGER): { articles: NamedArticle[]; warnings: string[] } {
  const { articles, warnings } = readArticles(path, readFileSync(path), maxBytes);
  const named = articles.map((article, i) => ({ id: articles.length === 1 ? path : `${path}#${i + 1}`, article }));
  return { articles: named, warnings };
}
