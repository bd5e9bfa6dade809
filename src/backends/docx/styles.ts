// styles.xml: document defaults that shut out Word's template (Calibri 11, 8 pt after) and one style per element.
import { LineRuleType } from "docx";
import type { IStylesOptions } from "docx";
import { halfPoints } from "./units.js";

/** Size of the document defaults and so of Normal; every run states its own size anyway. */
const DEFAULT_SIZE = 14;

/**
 * Paragraph styles named after the profile's elements (`nationalTitle`, `body`, …), all based on Normal and
 * empty: the layout's formatting is written directly, the styles only tell a clerk in Word what is what.
 */
export function stylesOptions(font: string, used: Iterable<string>): IStylesOptions {
  return {
    default: {
      document: {
        run: { font, size: halfPoints(DEFAULT_SIZE), language: { value: "vi-VN" } },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [...used].sort().map((id) => ({
      id,
      name: id,
      basedOn: "Normal",
      quickFormat: true,
    })),
  };
}
