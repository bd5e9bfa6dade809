// What a document kind is: metadata (from templates/<kind>/meta.json), an input schema, rules and a view.
import type { z } from "zod";
import type { CalendarDate, Issue } from "../core/index.js";

export interface KindVersion {
  /** Stable id recorded in outputs, e.g. `qd65-2022`. */
  id: string;
  /** Its legal name as a clerk picks it, e.g. `Mẫu 01, 02, 03 – Nghị định 90/2020 (đến năm 2025)`. */
  label?: string;
  /** First document date (ISO) the version applies to; the newest applicable version wins. */
  validFrom: string;
  validTo?: string;
  /** The regulation the version follows. */
  basis: string;
  /** Template file per profile, relative to templates/<kind>/. */
  templates: Record<string, string>;
}

export interface KindMeta {
  id: string;
  title: string;
  description: string;
  defaultProfile: string;
  profiles: string[];
  versions: KindVersion[];
  /** Vietnamese field labels keyed by dotted path with `*` for list items (`people.*.birthDate`). */
  labels: Record<string, string>;
  /** Clerk wording of closed choices by field, besides the shared ones of templates/choices.json. */
  choices?: Record<string, Record<string, ChoiceSpec>>;
}

/** One choice's wording in metadata: the label shown, other values accepted (see kinds/choices.ts). */
export interface ChoiceSpec {
  label: string;
  aliases?: string[];
  prefixes?: string[];
}

/** Facts about one rendered document that the pipeline needs beyond the template. */
export interface DocFacts {
  date: CalendarDate;
  profile?: string;
  version?: string;
  title: string;
  subject: string;
  author: string;
  /** Stable, safe file name stem (ASCII slug, no extension). */
  fileStem: string;
  /** What output name patterns may use besides the kind (`--name "{unit}/{id}-{name}"`); raw text, slugged by the pipeline. */
  naming: OutputNameParts;
  /** Two records with the same key are one document entered twice (a decision's number, symbol and date). Absent: only
   * identical records are; different records with one file name are namesakes, numbered. */
  sameDocument?: string;
}

/** The parts an output name pattern may use (`{year}`, `{name}`, `{id}`, `{unit}`, `{number}`). */
export interface OutputNameParts {
  year: number;
  name?: string;
  id?: string;
  unit?: string;
  number?: string;
}

export interface KindDefinition<S extends z.ZodType = z.ZodType> {
  meta: KindMeta;
  schema: S;
  /** Rules beyond the schema (Quy định 65 etc.); warnings and errors with paths into the input. */
  rules(input: z.infer<S>): Issue[];
  facts(input: z.infer<S>): DocFacts;
  /** The template context: the input plus derived values (formatted dates, counts, flags). */
  view(input: z.infer<S>, profile: string): Record<string, unknown>;
  /** A bundle kind (one input, many documents) has no template of its own: it returns the records
   * of other kinds to render, each into a sub-folder of the output folder. */
  expand?(input: z.infer<S>): ExpandedRecord[];
}

export interface ExpandedRecord {
  /** Sub-folder (relative, slug) inside the output folder, e.g. the unit's slug. */
  folder: string;
  /** A record of another kind, validated again like any input. */
  data: unknown;
  /** What this child is, for messages: e.g. `Phiếu đánh giá của Nguyễn Văn A`. */
  label: string;
}
