import { BOM, csvLine } from "@/lib/export/csv";
import { CSV_HEADER, toCsvCells } from "@/lib/export/events";
import { readRefusal } from "@/lib/auth/guard";
import { exportFileName, exportResponse } from "@/lib/export/stream";
import { parseFilters } from "@/lib/filters";

export async function GET(req: Request) {
  const refused = await readRefusal(req);
  if (refused) return refused;
  const { filters } = parseFilters(new URL(req.url).searchParams);
  return exportResponse(filters, {
    head: BOM + csvLine(CSV_HEADER),
    row: (e) => csvLine(toCsvCells(e)),
    tail: "",
    type: "text/csv; charset=utf-8",
    file: exportFileName("csv"),
  });
}
