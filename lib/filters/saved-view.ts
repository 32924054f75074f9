// What a saved view may hold, checked at the edge (the server action) with zod: a name, one of the
// pages with filters, and the filters re-parsed and re-serialised, so only a canonical filter query
// is ever stored (nothing else from the URL, nothing malformed).
import { z } from "zod";
import { filtersToQuery, parseFilters } from "./index";
import { SAVED_VIEW_PATHS } from "./saved-view-paths";

export { SAVED_VIEW_PATHS };

export const savedViewInput = z.object({
  name: z.string().trim().min(1, "اكتب اسماً للعرض").max(80, "الاسم أطول من 80 حرفاً"),
  path: z.enum(SAVED_VIEW_PATHS).catch("/"),
  query: z.string().max(2000).transform((q) => filtersToQuery(parseFilters(new URLSearchParams(q)).filters)),
});

export type SavedViewInput = z.infer<typeof savedViewInput>;

export const savedViewHref = (v: { path: string; query: string }) => (v.query ? `${v.path}?${v.query}` : v.path);
