// Validation: kind resolution, zod issues mapped to ours, Quy định 65 rules, warnings beside a value.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { KindDefinition } from "../../src/kinds/index.js";
import { listKinds } from "../../src/kinds/index.js";
import { resolveKind, validateRecord } from "../../src/validate/index.js";
import { rotation } from "./rotation-fixture.js";

function check(data: unknown) {
  const kind = resolveKind(data);
  if (!kind.ok) throw new Error("fixture has no kind");
  return validateRecord(kind.value, data);
}
const brief = (r: { issues: { code: string; path: readonly unknown[]; params: object; severity: string }[] }) =>
  r.issues.map((i) => [i.code, i.path.join("."), i.params, i.severity]);

describe("resolveKind", () => {
  it("finds the kind named by the record", () => {
    const r = resolveKind(rotation());
    expect(r.ok && r.value.meta.id).toBe("rotation-decision");
  });

  it("reports a missing or unknown kind with the known ids", () => {
    const known = listKinds().map((k) => k.meta.id).join(", ");
    expect(known).toContain("rotation-decision");
    expect(resolveKind({ number: 1 }).issues).toEqual([{ code: "kind_missing", path: ["kind"], params: { known }, severity: "error" }]);
    expect(resolveKind({ kind: "appointment" }).issues).toEqual([
      { code: "unknown_kind", path: ["kind"], params: { kind: "appointment", known }, severity: "error" },
    ]);
    expect(resolveKind(["x"]).issues[0]!.code).toBe("record_not_object");
  });
});

describe("validateRecord: schema", () => {
  it("accepts the valid fixture and returns the typed value", () => {
    const r = check(rotation());
    expect(r).toMatchObject({ ok: true, issues: [] });
    expect(r.ok && r.value).toMatchObject({ date: "2026-02-10", legalBases: [], people: [{ birthDate: "1985-05-12", exception: false }] });
  });

  it("reports every problem, not only the first, in our codes", () => {
    const r = check(
      rotation((d) => {
        delete d.archive;
        d.decidingBody = "   ";
        d.number = 1.5;
        d.people[0]!.birthDate = "31/02/1980";
        d.people[0]!.startDate = "2026/03/01";
        d.people[0]!.sex = "nu";
        d.people[0]!.fullName = null;
        d.people[0]!.months = 200;
        d.people[0]!.nickname = "Tư";
        d.recipients = "Ban Tổ chức Trung ương";
        d.extra = 1;
      }),
    );
    expect(r.ok).toBe(false);
    expect(brief(r)).toEqual([
      ["invalid_type", "number", { expected: "int", received: "number" }, "error"],
      ["too_small", "decidingBody", { origin: "string", min: 1, inclusive: true, length: 0 }, "error"],
      ["required", "people.0.fullName", {}, "error"],
      ["invalid_value", "people.0.sex", { options: "nam, nữ", count: 2, value: "nu" }, "error"],
      ["invalid_date", "people.0.birthDate", { value: "31/02/1980" }, "error"],
      ["too_big", "people.0.months", { origin: "number", max: 120, inclusive: true, value: 200 }, "error"],
      ["invalid_format", "people.0.startDate", { value: "2026/03/01" }, "error"],
      ["unknown_key", "people.0.nickname", { key: "nickname" }, "error"],
      ["invalid_type", "recipients", { expected: "array", received: "string" }, "error"],
      ["required", "archive", {}, "error"],
      ["unknown_key", "extra", { key: "extra" }, "error"],
    ]);
  });

  it("distinguishes string length, list size and number limits", () => {
    const r = check(rotation((d) => {
      d.people = [];
      (d.issuer as Record<string, unknown>).symbol = "X".repeat(31);
    }));
    expect(brief(r)).toEqual([
      ["too_big", "issuer.symbol", { origin: "string", max: 30, inclusive: true, length: 31 }, "error"],
      ["too_small", "people", { origin: "array", min: 1, inclusive: true, length: 0 }, "error"],
    ]);
  });

  it("leaves zod's global configuration alone", () => {
    const before = z.config();
    const snapshot = { ...before };
    check(rotation((d) => delete d.archive));
    expect(z.config()).toBe(before);
    expect({ ...z.config() }).toEqual(snapshot);
  });
});

describe("validateRecord: Quy định 65 rules", () => {
  const person = (edit: (p: Record<string, unknown>) => void) => rotation((d) => edit(d.people[0]!));

  it("refuses a rotation under 36 months", () => {
    const r = check(person((p) => (p.months = 24)));
    expect(r.ok).toBe(false);
    expect(brief(r)).toEqual([["rotation_too_short", "people.0.months", { months: 24, min: 36 }, "error"]]);
  });

  it("accepts a shorter rotation flagged as an exception with its reason", () => {
    const r = check(person((p) => Object.assign(p, { months: 24, exception: true, exceptionReason: "Theo Kết luận của Ban Thường vụ" })));
    expect(r).toMatchObject({ ok: true, issues: [] });
  });

  it("refuses an exception without a reason", () => {
    const r = check(person((p) => Object.assign(p, { months: 24, exception: true })));
    expect(r.ok).toBe(false);
    expect(brief(r)).toEqual([["exception_reason_missing", "people.0.exceptionReason", {}, "error"]]);
  });

  // By hand, Nghị định 135/2020 Phụ lục I: men born from 04/1966 retire at 62. Born 15/03/1968, he is
  // 62 on 15/03/2030; retirement starts the next month, 01/04/2030; from 01/03/2026 that is 4 years 1 month.
  it("warns when a man has under 10 years of service left", () => {
    const r = check(person((p) => Object.assign(p, { sex: "nam", birthDate: "15/03/1968" })));
    expect(r.ok).toBe(true);
    expect(brief(r)).toEqual([["service_left_short", "people.0.birthDate", { retirement: "01/04/2030", years: 4, months: 1, min: 10, passed: false }, "warning"]]);
  });

  // Phụ lục II: women reaching retirement age in 2029 retire at 58 (born 05/1971–12/1971; those born
  // 09/1970–04/1971 retire at 57 years 8 months in 2028). Born 20/05/1971: 58 on 20/05/2029,
  // retirement from 01/06/2029; from 01/03/2026 that is 3 years 3 months.
  it("warns when a woman has under 10 years of service left", () => {
    const r = check(person((p) => Object.assign(p, { sex: "nữ", birthDate: "20/05/1971" })));
    expect(r.ok).toBe(true);
    expect(brief(r)).toEqual([["service_left_short", "people.0.birthDate", { retirement: "01/06/2029", years: 3, months: 3, min: 10, passed: false }, "warning"]]);
  });

  it("warns about a district-level unit in a decision after 01/7/2025", () => {
    const r = check(person((p) => (p.destinationUnit = "Ủy ban nhân dân huyện Thọ Xuân")));
    expect(r.ok).toBe(true);
    expect(brief(r)).toEqual([["district_unit_after_reform", "people.0.destinationUnit", { word: "huyện" }, "warning"]]);
  });

  it("does not run rules on a record the schema refused", () => {
    const r = check(person((p) => Object.assign(p, { months: 24, birthDate: "31/02/1980" })));
    expect(r.issues.map((i) => i.code)).toEqual(["invalid_date"]);
  });
});

describe("validateRecord with a custom issue code", () => {
  it("keeps a known params.code and falls back to invalid_value otherwise", () => {
    const schema = z.object({
      a: z.string().refine(() => false, { params: { code: "invalid_date", value: "x" } }),
      b: z.string().refine(() => false, { params: { code: "not_ours" } }),
    });
    const kind = { schema, rules: () => [] } as unknown as KindDefinition;
    expect(brief(validateRecord(kind, { a: "1", b: "2" }))).toEqual([
      ["invalid_date", "a", { value: "x" }, "error"],
      ["invalid_value", "b", { value: "2" }, "error"],
    ]);
  });
});
