import { toFeature } from "@/lib/export/events";
import { exportFileName, exportResponse } from "@/lib/export/stream";
import { filtersToQuery, parseFilters } from "@/lib/filters";
import { describeFilters } from "@/lib/filters/describe";

export function GET(req: Request) {
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
