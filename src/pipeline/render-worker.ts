// Piscina entry of the render pool: one record in, its files' bytes out; fonts, metrics and templates load once per thread.
import { workerData } from "piscina";
import type { Result } from "../core/index.js";
import { renderRecord } from "./render-record.js";
import type { PoolOptions, PoolTask, PooledDocument } from "./render-pool.js";

const options = workerData as PoolOptions;

async function render(task: PoolTask | { ping: true }): Promise<Result<PooledDocument> | null> {
  // The pool's readiness check: answered once this thread has warmed up (the handler exists only then).
  if ("ping" in task) return null;
  const at = new Date(task.now);
  const { warm: _warm, ...shared } = options;
  const r = await renderRecord(task.data, { ...shared, formats: task.formats, pdfa: task.pdfa, now: () => new Date(at.getTime()) });
  if (!r.ok) return { ok: false, issues: r.issues };
  const { kind, version, profile, pages, files } = r.value;
  return { ok: true, value: { kind, version, profile, pages, files }, issues: r.issues };
}

// The thread's first answer should not pay for loading fonts and templates: one render before the thread takes tasks
// (Piscina awaits an exported promise of the handler; a top-level await would break its require() of the module under tsx).
const warming = options.warm === undefined ? Promise.resolve() : render({ data: options.warm, formats: ["pdf"], now: new Date().toISOString() }).then(
  () => undefined,
  () => undefined, // a warm-up that fails costs nothing but the warm-up: the first task renders (and reports) for itself
);
export default warming.then(() => render);
