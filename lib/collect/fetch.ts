// One polite HTTP GET: conditional (ETag / Last-Modified), bounded in time and size, redirects followed
// by hand (at most MAX_REDIRECTS, each hop checked against robots.txt by the caller's `allow`), and
// a User-Agent that says who is asking. Every failure is a CollectError with a stable code and an
// English reason the source keeps as its last error.
export const USER_AGENT = "SyriaEventsDashboard/0.1 (self-hosted news collector; +https://github.com/)";
export const MAX_REDIRECTS = 5;

export type CollectErrorCode = "timeout" | "too-large" | "http" | "network" | "robots" | "redirects" | "invalid-feed" | "no-text" | "unsupported";

export class CollectError extends Error {
  constructor(readonly code: CollectErrorCode, readonly reason: string) {
    super(reason);
  }
}

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  etag?: string | null;
  lastModified?: string | null;
  /** Asked before every hop (the first URL and each redirect target). */
  allow?: (url: string) => Promise<boolean>;
}

export type Fetched =
  | { status: 304; url: string }
  | { status: 200; url: string; bytes: Uint8Array; contentType: string | null; etag: string | null; lastModified: string | null };

export async function politeGet(url: string, opts: FetchOptions): Promise<Fetched> {
  let current = url;
  // One deadline for the whole exchange, redirects and body included.
  const signal = AbortSignal.timeout(opts.timeoutMs);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (opts.allow && !(await opts.allow(current))) throw new CollectError("robots", `robots.txt forbids ${current}`);
    const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5" };
    // Validators belong to the URL they came from, so only the first request carries them.
    if (hop === 0 && opts.etag) headers["if-none-match"] = opts.etag;
    if (hop === 0 && opts.lastModified) headers["if-modified-since"] = opts.lastModified;
    let res: Response;
    try {
      res = await fetch(current, { headers, redirect: "manual", signal });
    } catch (error) {
      throw failure(error, opts.timeoutMs);
    }
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      const location = res.headers.get("location");
      await res.body?.cancel();
      if (!location) throw new CollectError("http", `HTTP ${res.status} without a Location header`);
      current = new URL(location, current).toString();
      continue;
    }
    if (res.status === 304) return { status: 304, url: current };
    if (!res.ok) {
      await res.body?.cancel();
      throw new CollectError("http", `HTTP ${res.status} ${res.statusText}`.trim());
    }
    const bytes = await readCapped(res, opts.maxBytes, opts.timeoutMs);
    return { status: 200, url: current, bytes, contentType: res.headers.get("content-type"), etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
  }
  throw new CollectError("redirects", `more than ${MAX_REDIRECTS} redirects`);
}

/** The body, stopped as soon as it passes the limit (a 5 MB page costs at most maxBytes). */
async function readCapped(res: Response, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length"));
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new CollectError("too-large", `answer too large (${declared} bytes; the limit is ${maxBytes})`);
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new CollectError("too-large", `answer too large (more than ${maxBytes} bytes)`);
      }
      chunks.push(value);
    }
  } catch (error) {
    throw failure(error, timeoutMs);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function failure(error: unknown, timeoutMs: number): CollectError {
  if (error instanceof CollectError) return error;
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return new CollectError("timeout", `no complete answer within ${timeoutMs} ms`);
  return new CollectError("network", `cannot connect (${e.cause?.code ?? e.cause?.message ?? e.message})`);
}
