// The history panel of a place or actor page: reads the corrections and hands them to the view.
import { EntityHistory } from "@/components/review/entity-history";
import { fetchEntityHistory } from "@/lib/data/entity-history";
import type { TargetKind } from "@/lib/review/entity-fields";

export async function EntityHistoryPanel({ kind, targetKey, editor }: { kind: TargetKind; targetKey: string; editor: boolean }) {
  return <EntityHistory kind={kind} history={await fetchEntityHistory(kind, targetKey)} editor={editor} />;
}
