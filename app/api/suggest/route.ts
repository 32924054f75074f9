import { jsonRoute } from "@/lib/api-route";
import { fetchSuggestions } from "@/lib/data/suggest";

// The text is the filters' own `q` (control characters removed, at most 200 characters).
export const GET = jsonRoute((f) => fetchSuggestions(f.q));
