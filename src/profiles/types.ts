// The shape of a format profile: every typographic rule of formats.md as data, no code.
import type { AuthorityMode } from "../model/index.js";

export type Align = "left" | "center" | "right" | "justify";

/** One element's typography. Sizes in points. */
export interface ElementStyle {
  size: number;
  bold: boolean;
  italic: boolean;
  caps: boolean;
  underline: boolean;
  align: Align;
}

/** What is drawn under a heading. `text`: exactly as long as the text above; `fraction`: a centred
 * solid rule of that share of the text's length; `mark`: a centred glyph line (`*`, `-----`). */
export type RuleSpec =
  | { kind: "text" }
  | { kind: "fraction"; fraction: number }
  | { kind: "mark"; text: string };

export interface ListPunctuation {
  prefix: string;
  separator: string;
  last: string;
}

export type StyleName =
  | "parentBody"
  | "issuingBody"
  | "number"
  | "nationalTitle"
  | "motto"
  | "placeDate"
  | "docType"
  | "summary"
  | "authority"
  | "basis"
  | "enact"
  | "body"
  | "articleLabel"
  | "heading"
  | "note"
  | "recipientsLabel"
  | "recipient"
  | "signatureAuthority"
  | "signatureTitle"
  | "signerName"
  | "tableHeader"
  | "tableCell"
  | "pageNumber"
  | "mark"
  | "formYear"
  | "section"
  | "field"
  | "signNote";

export interface Profile {
  id: "nd30" | "party";
  /** Which guide the data follows; a later guide is a new version of the data. */
  version: string;
  source: string;
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  fontFamily: string;
  /** What Word users have for ☐ ☒; the PDF embeds DejaVu Sans for them. */
  symbolFamily: string;
  body: { firstLineIndent: number; spaceAfter: number; lineHeight: number };
  styles: Record<StyleName, ElementStyle>;
  /** The right heading (Quốc hiệu or the Party's name) and, for nd30, the Tiêu ngữ below it. */
  nationalTitle: string;
  motto?: string;
  rules: { rightHeading: RuleSpec; issuingBody: RuleSpec; summary: RuleSpec; ruleWidth: number };
  /** `{n}`, `{type}`, `{symbol}` placeholders; `untyped` is used when there is no type abbreviation. */
  numberPattern: { typed: string; untyped: string };
  bases: ListPunctuation;
  recipients: ListPunctuation & { label: string };
  authorityPrefixes: Partial<Record<AuthorityMode, string>>;
  /** Vertical room for signature and seal between the title line and the name. */
  signatureGap: number;
  endMark: string;
  pageNumber: { fromPage: number; top: number };
  /** Summary line starts with a capital (nd30) or lower case (party). */
  summaryCase: "capital" | "lower";
}

export type ProfileId = Profile["id"];
