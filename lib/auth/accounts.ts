// Accounts, sign-in and sessions over the database (User, Session, SignInFailure). No I/O besides the
// Prisma client it is given, so the CLI, the route handlers and the tests share it.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { DUMMY_HASH, hashPassword, oneTimePassword, verifyPassword } from "./password";
import type { Role } from "./roles";

export const SESSION_DAYS = 14;
/** Failed sign-ins allowed for one email within the window before further tries are refused. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins allowed from one client address within the window (one address trying many accounts). */
export const MAX_IP_FAILURES = 20;

export interface SessionUser {
  id: number;
  email: string;
  role: string;
  /** The double-submit CSRF value bound to this session. */
  csrf: string;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** The client's address as the nearest proxy saw it: the last x-forwarded-for entry (Next's server sets
 * the header from the socket when a client sends none; behind a reverse proxy that appends, the last
 * entry is the one the proxy saw). "" when absent. */
export function clientIp(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return (hops.at(-1) ?? headers.get("x-real-ip") ?? "").slice(0, 64);
}

/** Creates the account (or resets its password and role) and returns the one-time password to hand over. */
export async function addUser(db: Db, email: string, role: Role): Promise<{ password: string; created: boolean }> {
  const address = normalizeEmail(email);
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) throw new Error(`not an email address: ${email}`);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email: address }, select: { id: true } });
  if (existing) {
    await db.user.update({ where: { id: existing.id }, data: { passwordHash, role } });
    await db.session.deleteMany({ where: { userId: existing.id } });
  } else {
    await db.user.create({ data: { email: address, role, passwordHash } });
  }
  return { password, created: !existing };
}

export type SignInResult =
  | { ok: true; token: string; csrf: string; user: { email: string; role: string }; expiresAt: Date }
  | { ok: false; reason: "invalid" | "rate_limited" };

/** Signs in; `ip` is the client's address (see clientIp), "" when unknown (then only the account limit applies). */
export async function signIn(db: Db, email: string, password: string, now = new Date(), ip = ""): Promise<SignInResult> {
  const address = normalizeEmail(email);
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const failures = await db.signInFailure.count({ where: { email: address, at: { gte: since } } });
  if (failures >= MAX_FAILURES) return { ok: false, reason: "rate_limited" };
  if (ip && (await db.signInFailure.count({ where: { ip, at: { gte: since } } })) >= MAX_IP_FAILURES) return { ok: false, reason: "rate_limited" };

  const user = await db.user.findUnique({ where: { email: address } });
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches) {
    await db.signInFailure.create({ data: { email: address, ip, at: now } });
    // Old failures are of no use any more; cleared here so the table stays small without a job.
    await db.signInFailure.deleteMany({ where: { at: { lt: since } } });
    return { ok: false, reason: "invalid" };
  }
  // The account's failures stop counting against it; an address's still count against the address
  // (a guesser who also holds one good password must not reset its count by signing in).
  await db.signInFailure.deleteMany({ where: { email: address, ip: "" } });
  await db.signInFailure.updateMany({ where: { email: address }, data: { email: "" } });
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.session.create({ data: { id: tokenHash(token), userId: user.id, csrf, expiresAt } });
  return { ok: true, token, csrf, user: { email: user.email, role: user.role }, expiresAt };
}

export async function sessionUser(db: Db, token: string | null | undefined, now = new Date()): Promise<SessionUser | null> {
  if (!token) return null;
  const s = await db.session.findUnique({ where: { id: tokenHash(token) }, include: { user: true } });
  if (!s) return null;
  if (s.expiresAt <= now) {
    await db.session.deleteMany({ where: { id: s.id } });
    return null;
  }
  return { id: s.user.id, email: s.user.email, role: s.user.role, csrf: s.csrf };
}

export async function endSession(db: Db, token: string | null | undefined): Promise<void> {
  if (token) await db.session.deleteMany({ where: { id: tokenHash(token) } });
}
