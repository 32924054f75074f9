// How a generated (synthetic) article is told from a real one: its file name lies under this folder
// and its date evidence is this word. lib/synth/write.ts stamps both; the «without synthetic data»
// filter (lib/data/where.ts, sql-where.ts) reads them, so the two can never drift apart.
export const SYNTHETIC_DIR = "synthetic/";
export const SYNTHETIC_EVIDENCE = "synthetic";
