// Group commit for numbering: requests that arrive while a numbering transaction runs share the next one.
import type { Result } from "../core/index.js";
import { writeTransaction, type Store } from "../store/index.js";
import { checkNumbering, writeNumbers, type NumberOptions, type NumberRequest } from "./numbering.js";
import type { Actor, DocumentView } from "./types.js";

type Answer = Result<DocumentView>;
interface Pending {
  req: NumberRequest;
  resolve(a: Answer): void;
  reject(err: unknown): void;
}

/** Most requests per transaction: bounds the time one transaction holds the register's counter. */
const MAX_GROUP = 100;

/**
 * One transaction: lock and check every document first, then number the eligible ones in arrival
 * order. A refused request writes nothing; an exception rolls the whole group back and each request
 * is retried alone, so one bad document never costs the others their numbers.
 */
async function runGroup(store: Store, group: Pending[]): Promise<Answer[]> {
  return writeTransaction(store.db, store.dialect, async (tx) => {
    const reqs = group.map((p) => p.req);
    const checked = await checkNumbering(tx, store.dialect, reqs);
    const eligible = checked.flatMap((c, i) => (c.ok ? [{ req: reqs[i]!, c: c.value, i }] : []));
    const views = await writeNumbers(tx, store.dialect, eligible);
    for (const [k, e] of eligible.entries()) await e.req.o.commitWith?.(tx, views[k]!);
    const answers: Answer[] = checked.map((c) => (c.ok ? { ok: false, issues: [] } : c));
    eligible.forEach((e, k) => (answers[e.i] = { ok: true, value: views[k]!, issues: [] }));
    return answers;
  });
}

/** The next group: up to MAX_GROUP waiting requests, one per document (a repeat waits for the next group and finds it numbered). */
function takeGroup(waiting: Pending[]): Pending[] {
  const ids = new Set<string>();
  const group: Pending[] = [];
  for (let i = 0; i < waiting.length && group.length < MAX_GROUP; ) {
    const p = waiting[i]!;
    if (ids.has(p.req.id)) i++;
    else {
      ids.add(p.req.id);
      group.push(p);
      waiting.splice(i, 1);
    }
  }
  return group;
}

class NumberingQueue {
  private waiting: Pending[] = [];
  private running = false;
  constructor(private readonly store: Store) {}

  submit(req: NumberRequest): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ req, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        // A millisecond for requests still on their way (HTTP parsing, auth) to join: better-sqlite3's
        // commit blocks the thread, so without it every group after the first held one request (HTTP: 70 → 650/s).
        await new Promise((r) => setTimeout(r, 1));
        const group = takeGroup(this.waiting);
        try {
          const answers = await runGroup(this.store, group);
          group.forEach((p, i) => p.resolve(answers[i]!));
        } catch (err) {
          if (group.length === 1) group[0]!.reject(err);
          else for (const p of group) await runGroup(this.store, [p]).then((a) => p.resolve(a[0]!), p.reject);
        }
      }
    } finally {
      this.running = false;
    }
  }
}

const queues = new WeakMap<Store, NumberingQueue>();

/** One queue per open store (per connection pool): groups never span two stores. */
function numberingQueue(store: Store): NumberingQueue {
  let q = queues.get(store);
  if (!q) queues.set(store, (q = new NumberingQueue(store)));
  return q;
}

/**
 * Numbers one document. Nothing is visible until the transaction commits: a crash leaves either all
 * (counter, entry, document, history, audit) or nothing, so the series has no gap and no duplicate.
 * Requests arriving while a numbering transaction runs share the next one: one disk flush for many
 * numbers, each still all-or-nothing, and no waiting added when requests come one at a time.
 */
export function numberDocument(store: Store, actor: Actor, id: string, o: NumberOptions = {}): Promise<Answer> {
  return numberingQueue(store).submit({ actor, id, o });
}
