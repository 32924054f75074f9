// How long a failed job waits before its next try: exponential (base × 2^(tries−1)), capped, with up
// to 20% jitter so jobs that failed together (a database locked for a minute) do not retry in step.
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** 0..1, from Math.random in production; fixed in tests. */
  random?: number;
}

export function backoffMs(attempts: number, { baseMs, maxMs, random = Math.random() }: BackoffOptions): number {
  const plain = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(plain * (1 + 0.2 * random));
}
