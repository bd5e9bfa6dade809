// Checks of a built model against the profile and the font: what the layout cannot print correctly.
import { issue, type Issue } from "../core/index.js";
import type { Metrics } from "../layout/index.js";
import type { Block, DocModel, Run } from "../model/index.js";
import type { Profile } from "../profiles/index.js";

function runsOf(b: Block): Run[][] {
  switch (b.type) {
    case "header":
      return [[{ text: `${b.parentBody ?? ""} ${b.issuingBody} ${b.place} ${b.number?.symbol ?? ""} ${b.number?.type ?? ""}` }]];
    case "title":
      return [[{ text: `${b.docType} ${b.summary ?? ""}` }]];
    case "authority":
    case "enact":
      return [[{ text: b.text }]];
    case "bases":
      return b.items;
    case "signature":
      return [...b.recipients, [{ text: `${b.authority ?? ""} ${b.title} ${b.name}` }]];
    case "table":
      return [b.columns.map((c) => ({ text: c.header })), ...b.rows.flat()];
    case "pageBreak":
      return [];
    default:
      return [b.runs];
  }
}

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
  const text = model.blocks.flatMap(runsOf).flat().map((r) => r.text).join(" ");
  const missing = metrics.missing(text, "regular");
  if (missing.length) {
    out.push(issue("unsupported_char", [], { chars: missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ") }));
  }
  return out;
}
