// `cadre-docs audit verify`: recomputes the audit chain; exit 1 naming the first entry that does not hold.
import { formatIssue } from "../messages/index.js";
import { verifyAudit } from "../workflow/index.js";
import { EXIT, parse, print, printErr, printJson, flag, UsageError } from "./args.js";
import { STORE_OPTIONS, storeFromArgs } from "./store-args.js";

export default async function audit(argv: string[]): Promise<number> {
  const p = parse(argv, STORE_OPTIONS);
  if (p.positionals[0] !== "verify" || p.positionals.length !== 1) throw new UsageError('cần lệnh con "verify": cadre-docs audit verify [--data thư mục | --db postgres://…] [--json]');
  const store = await storeFromArgs(p);
  if (typeof store === "number") return store;
  try {
    const verdict = await verifyAudit(store);
    const issues = verdict.broken ? [{ code: "audit_chain_broken" as const, path: [], params: { ...verdict.broken }, severity: "error" as const }] : [];
    if (flag(p, "json")) printJson({ ok: !verdict.broken, entries: verdict.entries, broken: verdict.broken ?? null, issues: issues.map((i) => ({ ...i, message: formatIssue(i) })) });
    else if (verdict.broken) printErr(formatIssue(issues[0]!));
    else print(`Nhật ký kiểm tra toàn vẹn: ${verdict.entries} mục, chuỗi mã băm khớp từ đầu đến cuối.`);
    return verdict.broken ? EXIT.invalid : EXIT.ok;
  } finally {
    await store.close();
  }
}
