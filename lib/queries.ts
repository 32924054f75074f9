// Query keys and API paths, shared by the server's prefetch and the client's useQuery so both name
// the same data the same way. The key holds the canonical query string of the filters.
export const queryKeys = {
  overview: (q: string) => ["overview", q] as const,
  timeline: (q: string) => ["timeline", q] as const,
  map: (q: string) => ["map", q] as const,
  events: (q: string, table: string) => ["events", q, table] as const,
  actorOptions: () => ["actor-options"] as const,
  breakdown: (q: string) => ["breakdown", q] as const,
  placeOptions: (q: string) => ["place-options", q] as const,
  placeOption: (id: number) => ["place-option", id] as const,
  suggest: (text: string) => ["suggest", text] as const,
};

export const apiPaths = {
  overview: (q: string) => `/api/overview?${q}`,
  timeline: (q: string) => `/api/timeline?${q}`,
  map: (q: string) => `/api/map?${q}`,
  events: (q: string, table: string) => `/api/events?${[q, table].filter(Boolean).join("&")}`,
  actorOptions: () => "/api/actors/options",
  breakdown: (q: string) => `/api/breakdown?${q}`,
  placeOptions: (q: string) => `/api/places/options?${new URLSearchParams({ search: q })}`,
  placeOption: (id: number) => `/api/places/options?id=${id}`,
  suggest: (text: string) => `/api/suggest?${new URLSearchParams({ q: text })}`,
  csv: (q: string) => `/api/export/events.csv${q ? `?${q}` : ""}`,
  geojson: (q: string) => `/api/export/events.geojson${q ? `?${q}` : ""}`,
};

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json" } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `الخادم أجاب ${res.status}`);
  }
  return (await res.json()) as T;
}
