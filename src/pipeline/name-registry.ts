// Output names given so far in a batch: a namesake gets `-2`, `-3`… in input order; a record entered twice is refused.
import { issue, type Issue, type IssueSource } from "../core/index.js";
import { numberedStem } from "./naming.js";

export interface Claimant {
  /** The record's content and render settings (resume.ts recordHash). */
  hash: string;
  /** A numbered document's number, symbol and date (DocFacts.sameDocument). */
  sameDocument?: string;
  /** The record's own id (`Mã cán bộ`). */
  id?: string;
}

interface Holder extends Claimant {
  source: IssueSource;
}

/** Why `b` is not a namesake of `a` but the same document again, or undefined. */
function duplicate(a: Holder, b: Claimant, name: string): Issue | undefined {
  const params = { name, file: a.source.file, record: a.source.record };
  if (a.hash === b.hash) return issue("duplicate_record", [], params);
  if (a.sameDocument !== undefined && a.sameDocument === b.sameDocument) return issue("duplicate_output", [], { ...params, numbered: true });
  if (a.id !== undefined && a.id === b.id) return issue("duplicate_id", ["id"], { ...params, id: b.id });
  return undefined;
}

/** 64 bits of the record hash tell two records of one batch apart; the whole hash would cost 48 more bytes per name. */
const short = (who: Holder): Holder => ({ ...who, hash: who.hash.slice(0, 16) });

export class NameRegistry {
  private readonly taken = new Map<string, Holder>();

  /**
   * The name `who` gets: `name` if free; else, when `numbered`, the first free `name-2`, `name-3`… unless one
   * holder of those names is the same document (then an issue). Unnumbered (a kept file's name): taken is an issue.
   */
  claim(name: string, whole: Holder, numbered: boolean): string | Issue {
    const who = short(whole);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : numberedStem(name, n);
      const holder = this.taken.get(candidate);
      if (!holder) {
        this.taken.set(candidate, who);
        return candidate;
      }
      const dup = duplicate(holder, who, candidate);
      if (dup) return dup;
      if (!numbered) return issue("duplicate_output", [], { name: candidate, file: holder.source.file, record: holder.source.record });
    }
  }
}
