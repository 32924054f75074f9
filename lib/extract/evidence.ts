// Runs the evidence table (lexicon/name-evidence.ts) for a name that is also an ordinary word or a
// weak alias: the caller says whether each kind of test holds at the mention, this picks the rule.
import { foldSet } from "./normalize";
import { NAME_EVIDENCE, type EvidenceRule, type EvidenceTest } from "./lexicon/name-evidence";

/** The id of the first rule for `applies` whose test holds, or null when nothing supports the name. */
export function evidenceFor(
  applies: EvidenceRule["applies"],
  holds: (test: EvidenceTest) => boolean,
  rules: readonly EvidenceRule[] = NAME_EVIDENCE,
): string | null {
  for (const rule of rules) if (rule.applies === applies && holds(rule.test)) return rule.id;
  return null;
}

const folded = new WeakMap<readonly string[], Set<string>>();
/** A rule's word list, folded once. */
export function wordSet(words: readonly string[]): Set<string> {
  let set = folded.get(words);
  if (!set) folded.set(words, (set = foldSet(words)));
  return set;
}
