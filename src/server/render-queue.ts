// Files of numbered documents rendered after the answer, one at a time while no request waits; what the queue drops or a crash loses renders on demand.
import type { FastifyBaseLogger } from "fastify";
import type { Store } from "../store/index.js";
import type { Actor } from "../workflow/index.js";
import { renderRevision, type DocRef, type RenderSettings } from "./doc-files.js";

export class RenderQueue {
  private readonly pending = new Map<string, { actor: Actor; ref: DocRef }>();
  private current: Promise<void> | undefined;
  private closed = false;
  /** Requests being served now: a render (tens of milliseconds of this thread) waits until there are none. */
  inFlight = 0;

  constructor(
    private readonly store: Store,
    private readonly settings: RenderSettings,
    private readonly log: FastifyBaseLogger,
    /** Past this many waiting documents new ones are left to the files route (rendered when first read). */
    private readonly max = 500,
  ) {}

  add(actor: Actor, ref: DocRef): void {
    if (this.closed || (this.pending.size >= this.max && !this.pending.has(ref.id))) return;
    this.pending.set(ref.id, { actor, ref });
    this.current ??= this.drain();
  }

  private async drain(): Promise<void> {
    for (let next = this.take(); next; next = this.take()) {
      await this.quiet();
      await renderRevision(this.store, next.actor, next.ref, this.settings).catch((err: unknown) => this.log.error({ err, document: next!.ref.id }, "background render failed"));
    }
    this.current = undefined;
  }

  /** Waits until no request has been in flight for a moment (a burst of numbering is answered first). */
  private async quiet(): Promise<void> {
    for (let calm = 0; calm < 2 && !this.closed; ) {
      await new Promise((r) => setTimeout(r, 20));
      calm = this.inFlight === 0 ? calm + 1 : 0;
    }
  }

  private take(): { actor: Actor; ref: DocRef } | undefined {
    const first = this.pending.entries().next();
    if (first.done) return undefined;
    this.pending.delete(first.value[0]);
    return first.value[1];
  }

  /** Stops taking work; the render under way finishes (the rest render on demand). */
  async close(): Promise<void> {
    this.closed = true;
    this.pending.clear();
    await this.current;
  }
}
