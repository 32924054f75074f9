// Password hashing with bcrypt (bcryptjs: maintained, pure JavaScript, so nothing native to build or
// download). Cost 12 takes ~0.2 s here: slow enough to make guessing from a stolen hash expensive,
// quick enough for a sign-in.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";

const COST = 12;
/** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
export const MAX_PASSWORD_BYTES = 72;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) return false;
  return bcrypt.compare(password, hash);
}

/** A one-time password the CLI prints: 18 random bytes, URL-safe base64 (24 characters). */
export const oneTimePassword = () => randomBytes(18).toString("base64url");

/** A hash of a random password no one knows: compared against when the email is unknown, so an unknown
 * account takes as long to refuse as a wrong password (no timing hint about which emails exist). */
export const DUMMY_HASH = bcrypt.hashSync(oneTimePassword(), COST);
