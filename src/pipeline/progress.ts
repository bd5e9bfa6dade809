// Batch progress for a clerk: one redrawn line on a terminal, plain periodic lines in a log, Vietnamese wording.

export interface ProgressState {
  /** Records taken from the inputs and finished (rendered, failed or found done by --resume). */
  records: number;
  /** Records in all inputs, when known before the end. */
  total?: number;
  documents: number;
  /** Of the documents, those kept from a previous run (`--resume`): found, not made, so left out of the rate. */
  kept?: number;
  failed: number;
  startedAt: number;
}

export interface ProgressSink {
  update(state: ProgressState): void;
  /** Clears the redrawn line before the final summary is printed. */
  finish(): void;
}

/** 12.345 (Vietnamese digit grouping). */
export const groupDigits = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** `2 giờ 5 phút`, `3 phút 12 giây`, `8 giây`. */
export function spokenDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return `${h} giờ ${m} phút`;
  return m > 0 ? `${m} phút ${s % 60} giây` : `${s} giây`;
}

/** A rate as a clerk reads it: one decimal under 10 (`0,4`, `5`), whole and grouped above (`1.250`). */
export function rateText(perSecond: number): string {
  const r = perSecond < 10 ? Math.round(perSecond * 10) / 10 : Math.round(perSecond);
  return Number.isInteger(r) ? groupDigits(r) : String(r).replace(".", ",");
}

export function progressLine(p: ProgressState, now: number): string {
  const elapsed = Math.max(0.001, (now - p.startedAt) / 1000);
  const kept = p.kept ?? 0;
  // Kept documents take no time: the rate and the time left count only what this run makes.
  const rate = (p.documents - kept) / elapsed;
  const parts: string[] = [];
  if (p.total !== undefined && p.total > 0) {
    const pct = Math.min(100, (p.records / p.total) * 100);
    const filled = Math.round(pct / 5);
    parts.push(`[${"#".repeat(filled)}${"-".repeat(20 - filled)}] ${groupDigits(p.records)}/${groupDigits(p.total)} bản ghi (${pct.toFixed(0)}%)`);
  } else parts.push(`${groupDigits(p.records)} bản ghi`);
  parts.push(kept ? `${groupDigits(p.documents - kept)} văn bản mới · ${groupDigits(kept)} giữ nguyên` : `${groupDigits(p.documents)} văn bản`);
  if (p.failed) parts.push(`${groupDigits(p.failed)} lỗi`);
  parts.push(`${rateText(rate)} văn bản/giây`);
  const worked = p.records - kept;
  if (p.total !== undefined && worked > 0 && p.records < p.total) {
    parts.push(`còn khoảng ${spokenDuration(((p.total - p.records) * elapsed) / worked)}`);
  }
  return parts.join(" · ");
}

interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
}

/** A terminal: the line is redrawn in place at most every 100 ms. */
function ttySink(out: Stream, clock: () => number): ProgressSink {
  let last = 0;
  let drawn = false;
  return {
    update(state) {
      const now = clock();
      if (now - last < 100 && state.records !== state.total) return;
      last = now;
      drawn = true;
      out.write(`\r\x1b[2K${progressLine(state, now)}`);
    },
    finish() {
      if (drawn) out.write("\r\x1b[2K");
    },
  };
}

/** A log or a pipe: a full line every `everyMs` or each time another tenth of the total is done. */
function logSink(out: Stream, clock: () => number, everyMs: number): ProgressSink {
  let last = clock();
  let tenth = 0;
  return {
    update(state) {
      const now = clock();
      const t = state.total ? Math.floor((state.records / state.total) * 10) : 0;
      if (now - last < everyMs && t <= tenth) return;
      last = now;
      tenth = Math.max(tenth, t);
      out.write(`${progressLine(state, now)}\n`);
    },
    finish() {},
  };
}

export function progressSink(out: Stream, opts: { tty?: boolean; everyMs?: number; clock?: () => number } = {}): ProgressSink {
  const clock = opts.clock ?? (() => Date.now());
  return (opts.tty ?? out.isTTY) ? ttySink(out, clock) : logSink(out, clock, opts.everyMs ?? 5000);
}
