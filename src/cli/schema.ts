// `cadre-docs schema <kind>`: JSON Schema of a kind's input with Vietnamese field titles.
import { getKindSchema } from "../index.js";
import { EXIT, parseCommand, printErr, printJson, UsageError } from "./args.js";
import { withMessages } from "./report.js";

export default async function schema(argv: string[]): Promise<number> {
  const { positionals } = parseCommand(argv, "schema");
  if (positionals.length !== 1) throw new UsageError("cần đúng một loại văn bản, ví dụ: cadre-docs schema rotation-decision", "schema");
  const r = getKindSchema(positionals[0]!);
  if (!r.ok) {
    printErr(withMessages(r.issues).map((i) => i.message).join("\n"));
    return EXIT.invalid;
  }
  printJson(r.value);
  return EXIT.ok;
}
