// What `npm run extract -- --explain` prints: each rule that kept, dropped or changed something,
// with the words it fired on. Extraction records into the article's trace only when asked.
export interface TraceEntry {
  /** what was decided about: "trigger", "site", "event", "place", "actor" */
  stage: string;
  /** the id of the rule in its table (rules/*.ts), or of the step that decided */
  rule: string;
  /** what the rule did: "veto", "retype → Battles/Armed clash", "not a site", "merged into …" */
  effect: string;
  /** the words it fired on, as written */
  text: string;
}

export type Trace = TraceEntry[];
