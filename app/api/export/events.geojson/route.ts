import { toFeature } from "@/lib/export/events";
import { readRefusal } from "@/lib/auth/guard";
import { exportFileName, exportResponse } from "@/lib/export/stream";
import { filtersToQuery, parseFilters } from "@/lib/filters";
import { describeFilters } from "@/lib/filters/describe";

export async function GET(req: Request) {
  const refused = await readRefusal(req);
  if (refused) return refused;
  const { filters } = parseFilters(new URL(req.url).searchParams);
  const meta = { filters: filtersToQuery(filters), description: describeFilters(filters), generated: new Date().toISOString() };
  return exportResponse(filters, {
    head: `{"type":"FeatureCollection","metadata":${JSON.stringify(meta)},"features":[\n`,
    row: (e, first) => (first ? "" : ",\n") + JSON.stringify(toFeature(e)),
    tail: "\n]}\n",
    type: "application/geo+json; charset=utf-8",
    file: exportFileName("geojson"),
  });
}
