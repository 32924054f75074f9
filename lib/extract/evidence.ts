// Runs the evidence table (lexicon/name-evidence.ts) for a name that is also an ordinary word or a
// weak alias: the caller says whether each kind of test holds at the mention, this picks the rule.
import { foldSet } from "./normalize";
import { NAME_EVIDENCE, type EvidenceRule, type EvidenceTest } from "./lexicon/name-evidence";

/** The ids of the rules for `applies` whose test holds (empty: nothing supports the name). */
export function evidenceFor(
  applies: EvidenceRule["applies"],
  holds: (test: EvidenceTest) => boolean,
  rules: readonly EvidenceRule[] = NAME_EVIDENCE,
): string[] {
  return rules.filter((rule) => rule.applies === applies && holds(rule.test)).map((rule) => rule.id);
}

const folded = new WeakMap<readonly string[], Set<string>>();
/** A rule's word list, folded once. */
export function wordSet(words: readonly string[]): Set<string> {
  let set = folded.get(words);
  if (!set) folded.set(words, (set = foldSet(words)));
  return set;
}
