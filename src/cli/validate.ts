// `cadre-docs validate`: every check of render, nothing written.
import render from "./render.js";

export default function validate(argv: string[]): Promise<number> {
  return render(argv, true);
}
