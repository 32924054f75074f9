// Runs before every page and API request: a fresh nonce, and the Content-Security-Policy that allows
// only scripts carrying it. Next reads the policy from the request headers and puts the nonce on its
// own scripts (every page renders dynamically, so each render gets this request's nonce); the same
// policy goes on the response. The other security headers are static (next.config.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", tileUrl: process.env.TILE_URL });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // For the layout's PUBLIC_READ=false check, which must not send the sign-in page to itself.
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Static files are not documents and carry no scripts to allow; they keep the static headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
