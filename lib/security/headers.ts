// The security headers every response carries, and the Content-Security-Policy of one request. Pure,
// so the policy is tested without a server; proxy.ts applies it with a fresh nonce per request.

/** Headers for every response (pages, API, exports, static files): set in next.config.ts. */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  // A download or an API answer is never re-read by the browser as another type (HTML, script).
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Older browsers that ignore CSP's frame-ancestors: no framing (clickjacking).
  { key: "X-Frame-Options", value: "DENY" },
  // Filter URLs carry an analyst's query (q=…): never send them to another origin.
  { key: "Referrer-Policy", value: "same-origin" },
  // Nothing in the dashboard needs these; a script injected some day gets none of them either.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * The origin an optional tile URL template (TILE_URL, e.g. https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png)
 * loads images from, as a CSP source ("https://*.tile.openstreetmap.org"), or null.
 */
export function tileSource(template: string | undefined): string | null {
  if (!template) return null;
  const m = template.match(/^(https?):\/\/([^/?#]+)/i);
  if (!m) return null;
  const host = m[2].replace(/\{[^}]*\}/g, "*");
  // Only a host of letters, digits, dots, dashes, a port, and a leading wildcard label: nothing that could
  // end the directive (a ";" or a space) or widen it.
  return /^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host) ? `${m[1].toLowerCase()}://${host}` : null;
}

export interface CspOptions {
  nonce: string;
  /** next dev evaluates code for fast refresh; production never does. */
  dev?: boolean;
  tileUrl?: string;
}

export function contentSecurityPolicy({ nonce, dev = false, tileUrl }: CspOptions): string {
  const tiles = tileSource(tileUrl);
  return [
    "default-src 'self'",
    // Only Next's own scripts (nonce'd at render) and what they load; no inline script, no eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React, Leaflet and Recharts position things with style attributes, which a nonce cannot cover.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ""}`,
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and new for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
