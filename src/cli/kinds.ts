// `cadre-docs kinds`: the document kinds this version can produce.
import { listKinds } from "../index.js";
import { EXIT, flag, parseCommand, print, printJson } from "./args.js";

export default async function kinds(argv: string[]): Promise<number> {
  const args = parseCommand(argv, "kinds");
  const list = listKinds();
  if (flag(args, "json")) printJson(list);
  else {
    for (const k of list) {
      print(`${k.id}: ${k.title}`);
      print(`  thể thức: ${k.profiles.join(", ")} (mặc định ${k.defaultProfile})`);
      for (const v of k.versions) print(`  phiên bản ${v.id}: từ ${v.validFrom}${v.validTo ? ` đến ${v.validTo}` : ""} — ${v.basis}`);
    }
  }
  return EXIT.ok;
}
