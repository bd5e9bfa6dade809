// The document model: a closed set of nodes that every template produces and every backend handles.
import type { CalendarDate } from "../core/index.js";

/** A stretch of text with uniform emphasis. Caps and sizes come from the profile, never from here. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface DocNumber {
  /** The sequence number; numbers below 10 print with a leading zero. Absent on a draft: the space stays open for the register's number. */
  value?: number;
  /** Type abbreviation (QĐ, TTr, BC …); absent for a công văn. */
  type?: string;
  /** Issuer symbol (UBND, TU, UBND-VX …). */
  symbol: string;
}

/** Who signs for whom: the profile turns these into TM./KT./Q./TL./TUQ. or T/M, K/T, T/L. */
export type AuthorityMode = "head" | "collective" | "deputy" | "acting" | "byOrder" | "byAuthorization";

export interface HeaderNode {
  type: "header";
  parentBody?: string;
  issuingBody: string;
  number?: DocNumber;
  /** Absent on forms that have no place-and-date line in the header (the date goes by the signature). */
  place?: string;
  /** Absent on a blank form: the date line prints dotted gaps to fill by hand. */
  date?: CalendarDate;
  /** Electronic route: the day and month stay open (`ngày      tháng      năm 2026`) for the body's signature to write. */
  openDate?: boolean;
}
export interface TitleNode {
  type: "title";
  docType: string;
  summary?: string;
}
/** nd30: the head's title above the bases; party: the enacting line after them. */
export interface AuthorityNode {
  type: "authority";
  text: string;
}
export interface BasesNode {
  type: "bases";
  items: Run[][];
}
/** The enacting word of an nd30 decision (`QUYẾT ĐỊNH:`). */
export interface EnactNode {
  type: "enact";
  text: string;
}
export interface ArticleNode {
  type: "article";
  number: number;
  runs: Run[];
}
export interface ParagraphNode {
  type: "paragraph";
  runs: Run[];
}
/** A centred bold heading inside the body, e.g. an appendix title. */
export interface HeadingNode {
  type: "heading";
  runs: Run[];
  /** Printed as written, not in capitals: NĐ 30's `Phụ lục` line above an appendix name. */
  keepCase?: boolean;
}
/** A centred italic line, e.g. `(Kèm theo Quyết định số …)`. */
export interface NoteNode {
  type: "note";
  runs: Run[];
}
export interface SignatureNode {
  type: "signature";
  recipients: Run[][];
  mode: AuthorityMode;
  /** The body or head signed for (after TM./KT.); absent when the head signs in person. */
  authority?: string;
  title: string;
  name: string;
}
export interface TableColumn {
  header: string;
  /** Relative width; the layout scales the columns to the text width. */
  width: number;
  align?: "left" | "center";
}
export interface TableNode {
  type: "table";
  columns: TableColumn[];
  rows: Run[][][];
}
export interface PageBreakNode {
  type: "pageBreak";
  orientation?: "portrait" | "landscape";
  /** What follows numbers its pages on its own, from 1 (NĐ 30 Phụ lục I III.1.đ: an appendix's pages). */
  restartNumbering?: boolean;
}

/** The title of a form (phiếu, bản kiểm điểm, bản đăng ký): title, `Năm 2026`, optional italic subtitle. */
export interface FormTitleNode {
  type: "formTitle";
  title: string;
  year?: string;
  subtitle?: string;
}
/** A numbered section heading inside a form: `I. KẾT QUẢ TỰ ĐÁNH GIÁ`. */
export interface SectionNode {
  type: "section";
  runs: Run[];
}
/** `label: value`; an empty value prints a dotted leader to the right margin (and `lines − 1` more dotted lines). */
export interface FieldNode {
  type: "field";
  label: Run[];
  value: Run[];
  lines: number;
}
/** Free text of several paragraphs; when empty, `lines` dotted lines to write by hand. */
export interface TextNode {
  type: "text";
  paragraphs: Run[][];
  lines: number;
}
/** A choice list: one box per option, ticked (☒) for the chosen one, empty (☐) otherwise. */
export interface ChoicesNode {
  type: "choices";
  options: Array<{ text: string; checked: boolean }>;
}
/** A form signature block: caption in caps bold, italic note, room to sign, the name. */
export interface SignBlock {
  /** Italic place-and-date line above the caption; `…` gaps when the date is unknown. */
  dateLine?: string;
  caption: string;
  note?: string;
  name?: string;
}
/** One to three form signature blocks side by side. */
export interface SignBlocksNode {
  type: "signBlocks";
  blocks: SignBlock[];
}

export type Block =
  | HeaderNode
  | TitleNode
  | AuthorityNode
  | BasesNode
  | EnactNode
  | ArticleNode
  | ParagraphNode
  | HeadingNode
  | NoteNode
  | SignatureNode
  | TableNode
  | PageBreakNode
  | FormTitleNode
  | SectionNode
  | FieldNode
  | TextNode
  | ChoicesNode
  | SignBlocksNode;

export type BlockType = Block["type"];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

export interface DocMeta {
  kind: string;
  /** Template version (regime) used, e.g. `qd65-2022`. */
  version: string;
  profile: string;
  title: string;
  subject: string;
  /** The issuing body or the person, recorded as PDF author and DOCX creator. */
  author: string;
  /** The pipeline's clock at render time, ISO 8601. */
  createdAt: string;
}

export interface DocModel {
  meta: DocMeta;
  blocks: Block[];
}
