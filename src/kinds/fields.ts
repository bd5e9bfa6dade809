// Reusable zod field types whose failures carry our issue codes (see validate/), not zod's English.
import { z } from "zod";
import { parseDate, toIso } from "../core/index.js";

/** Free text: trimmed, non-empty, bounded. */
export const text = (max = 500) => z.string().trim().min(1).max(max);

/** A calendar date as `dd/mm/yyyy` or `yyyy-mm-dd`; yields ISO `yyyy-mm-dd`. */
export const date = () =>
  z.string().transform((value, ctx) => {
    const parsed = parseDate(value);
    if (parsed === "format" || parsed === "impossible") {
      ctx.addIssue({ code: "custom", params: { code: parsed === "format" ? "invalid_format" : "invalid_date", value } });
      return z.NEVER;
    }
    return toIso(parsed);
  });

export const sex = () => z.enum(["nam", "nữ"]);

export const authorityMode = () => z.enum(["head", "collective", "deputy", "acting", "byOrder", "byAuthorization"]);

/** The record's own identity (a staff number, a decision code): optional, names the output files (`{id}`). */
export const recordId = () => text(60).optional();

/** A list of text lines (legal bases, recipients). */
export const lines = (max = 30) => z.array(text(1000)).max(max);

/** Who signs a decision or list: authority mode (TM./KT. …), the body signed for, title and name. */
export const signer = () =>
  z
    .object({
      mode: authorityMode(),
      authority: text(200).optional(),
      title: text(200),
      name: text(100),
    })
    .strict();
