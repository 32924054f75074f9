import { jsonRoute } from "@/lib/api-route";
import { fetchEventPage } from "@/lib/data/events";
import { parseTable } from "@/lib/filters/table";

export const GET = jsonRoute((f, params) => fetchEventPage(f, parseTable(params)));
