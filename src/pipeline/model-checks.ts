// Checks of a built model against the profile and the font: what the layout cannot print correctly.
import { issue, type Issue } from "../core/index.js";
import type { Metrics } from "../layout/index.js";
import type { Block, BlockOf, BlockType, DocModel, Run } from "../model/index.js";
import type { Profile } from "../profiles/index.js";

const line = (...parts: Array<string | undefined>): Run[] => [{ text: parts.filter(Boolean).join(" ") }];

/** Every piece of text of a block, for the glyph check. */
const TEXTS: { [T in BlockType]: (b: BlockOf<T>) => Run[][] } = {
  header: (b) => [line(b.parentBody, b.issuingBody, b.place, b.number?.symbol, b.number?.type)],
  title: (b) => [line(b.docType, b.summary)],
  authority: (b) => [line(b.text)],
  enact: (b) => [line(b.text)],
  bases: (b) => b.items,
  article: (b) => [b.runs],
  paragraph: (b) => [b.runs],
  heading: (b) => [b.runs],
  note: (b) => [b.runs],
  signature: (b) => [...b.recipients, line(b.authority, b.title, b.name)],
  table: (b) => [b.columns.map((c) => ({ text: c.header })), ...b.rows.flat()],
  pageBreak: () => [],
  formTitle: (b) => [line(b.title, b.year, b.subtitle)],
  section: (b) => [b.runs],
  field: (b) => [b.label, b.value],
  text: (b) => b.paragraphs,
  choices: (b) => b.options.map((o) => line(o.text)),
  signBlocks: (b) => b.blocks.map((s) => line(s.dateLine, s.caption, s.note, s.name)),
};
const textsOf = (b: Block): Run[][] => (TEXTS[b.type] as (x: Block) => Run[][])(b);

/** Signature authority modes the profile has no prefix for (e.g. TUQ. in a Party document), and
 * characters the font has no glyph for (they would print as empty boxes). */
export function checkModel(model: DocModel, profile: Profile, metrics: Metrics): Issue[] {
  const out: Issue[] = [];
  for (const b of model.blocks) {
    if (b.type === "signature" && b.mode !== "head") {
      if (!profile.authorityPrefixes[b.mode]) {
        out.push(issue("authority_mode_not_allowed", ["signer", "mode"], { mode: b.mode, profile: profile.id, options: Object.keys(profile.authorityPrefixes).join(", ") }));
      } else if (!b.authority) {
        out.push(issue("required", ["signer", "authority"], { mode: b.mode }));
      }
    }
  }
  const text = model.blocks.flatMap(textsOf).flat().map((r) => r.text).join(" ");
  const missing = metrics.missing(text, "regular").filter((ch) => !metrics.has(ch, "symbol"));
  if (missing.length) {
    out.push(issue("unsupported_char", [], { chars: missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ") }));
  }
  return out;
}
