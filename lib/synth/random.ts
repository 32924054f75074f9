// A small seeded random source (mulberry32), so a synthetic data set is the same on every run.
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    /** An index weighted by `weights`. */
    weighted: (weights: readonly number[]) => {
      let r = next() * weights.reduce((s, w) => s + w, 0);
      for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
      return weights.length - 1;
    },
    /** A count with the long tail of casualty reports: often none, sometimes many. */
    tail: (mean: number) => Math.floor(-Math.log(1 - next()) * mean),
  };
}

export type Rng = ReturnType<typeof rng>;
