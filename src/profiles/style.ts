// Builds element styles tersely: the profile tables read like the spec's.
import type { Align, ElementStyle } from "./types.js";

type Flag = "b" | "i" | "caps" | "u";

export function st(size: number, align: Align, ...flags: Flag[]): ElementStyle {
  return {
    size,
    align,
    bold: flags.includes("b"),
    italic: flags.includes("i"),
    caps: flags.includes("caps"),
    underline: flags.includes("u"),
  };
}
