import { jsonRoute } from "@/lib/api-route";
import { fetchEventPage } from "@/lib/data/events";
import { parseTable } from "@/lib/filters/table";
import type { QueryDtos } from "@/lib/queries";

export const GET = jsonRoute<QueryDtos["events"]>((f, params) => fetchEventPage(f, parseTable(params)));
