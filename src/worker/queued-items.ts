// A file's records as a queued batch's items: a record of one document as it is; a year-end bundle (final batches) as one item per document.
import { hasErrors, listKinds, locateIssues, withSource, expandRecord, type CellIndex, type Issue } from "../index.js";
import type { RenderJob } from "../store/index.js";

type Read = { records: Array<{ index: number; data: unknown; cells?: CellIndex }> };

export interface QueuedItems {
  records: RenderJob["records"];
  /** Records refused before any rendering (their reading or their bundle failed), with their issues. */
  refused: Array<{ seq: number; issues: Issue[] }>;
}

/**
 * `issues`: the reading's issues by record. A bundle's documents are numbered after every record of the input (so an
 * item's seq never takes another record's number) and carry their input record, folder and label. A drafts batch makes
 * one draft per record: a bundle there is refused at once (bundle_not_single), as rendering it alone would be.
 */
export function queuedItems(read: Read, input: string, mode: string, issues: ReadonlyMap<number, Issue[]>): QueuedItems {
  const out: QueuedItems = { records: [], refused: [] };
  let next = read.records.reduce((m, r) => Math.max(m, r.index), 0);
  const bundles = new Map(listKinds().filter((k) => k.bundle).map((k) => [k.id, k.title]));
  for (const r of read.records) {
    const source = { file: input, record: r.index };
    const own = [...(issues.get(r.index) ?? [])];
    const bundle = bundles.get(String((r.data as { kind?: unknown } | null)?.kind));
    if (bundle && mode !== "final") own.push({ code: "bundle_not_single", path: [], params: { kind: bundle }, severity: "error", source });
    if (hasErrors(own)) {
      out.refused.push({ seq: r.index, issues: own });
      continue;
    }
    const expanded = bundle ? expandRecord(r.data) : undefined;
    const found = expanded ? locateIssues(withSource(expanded.issues, source), r.cells) : [];
    if (expanded && !expanded.ok) {
      out.refused.push({ seq: r.index, issues: [...own, ...found] });
      continue;
    }
    const shared = [...own, ...found];
    const children = expanded?.ok ? expanded.value : undefined;
    if (!children) out.records.push({ seq: r.index, data: r.data, ...(r.cells ? { cells: r.cells } : {}), ...(shared.length ? { issues: shared } : {}) });
    else for (const c of children) out.records.push({ seq: ++next, record: r.index, folder: c.folder, item: c.label, data: c.data, ...(shared.length ? { issues: shared } : {}) });
  }
  return out;
}
