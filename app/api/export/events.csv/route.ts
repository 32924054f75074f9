import { BOM, csvLine } from "@/lib/export/csv";
import { CSV_HEADER, toCsvCells } from "@/lib/export/events";
import { exportFileName, exportResponse } from "@/lib/export/stream";
import { parseFilters } from "@/lib/filters";

export function GET(req: Request) {
  const { filters } = parseFilters(new URL(req.url).searchParams);
  return exportResponse(filters, {
    head: BOM + csvLine(CSV_HEADER),
    row: (e) => csvLine(toCsvCells(e)),
    tail: "",
    type: "text/csv; charset=utf-8",
    file: exportFileName("csv"),
  });
}
