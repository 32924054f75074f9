// The browser's writes to the review API: JSON with the CSRF header; an error answer becomes an
// exception carrying the server's Arabic message.
import { csrfHeaders } from "@/lib/auth/csrf-client";

export async function postJson(url: string, body: unknown = {}): Promise<unknown> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...csrfHeaders() }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new Error(json.error ?? `الخادم أجاب ${res.status}`);
  return json;
}
