// Closed choices in the clerk's words: labels, codes and common typings in; labels in schema, messages and sheets.
import { describe, expect, it } from "vitest";
import { choicesAt, findKind, kindJsonSchema } from "../../src/kinds/index.js";
import { formatIssue } from "../../src/messages/index.js";
import { validateRecord } from "../../src/validate/index.js";
import { rotation } from "../validate/rotation-fixture.js";

const kind = findKind("rotation-decision")!;
const modeOf = (mode: unknown) => {
  const r = validateRecord(kind, rotation((x) => ((x.signer as Record<string, unknown>).mode = mode)));
  return r.ok ? (r.value as { signer: { mode: string } }).signer.mode : r.issues.map((i) => formatIssue({ ...i, source: { kind: kind.meta.id } })).join("\n");
};

describe("choices in clerk wording", () => {
  it("accepts the code, the label and the ways clerks type a signer mode", () => {
    const cases: Array<[string, string]> = [
      ["deputy", "deputy"],
      ["KT. (ký thay)", "deputy"],
      ["KT. Chủ tịch", "deputy"],
      ["KT", "deputy"],
      ["ký thay", "deputy"],
      ["ky thay", "deputy"],
      ["T/M BAN THƯỜNG VỤ", "collective"],
      ["TM. Ủy ban nhân dân", "collective"],
      ["Q. Giám đốc", "acting"],
      ["TL. Chánh Văn phòng", "byOrder"],
      ["TUQ. Chủ tịch", "byAuthorization"],
      ["thừa ủy quyền", "byAuthorization"],
      ["Cấp trưởng ký trực tiếp", "head"],
    ];
    for (const [typed, code] of cases) expect([typed, modeOf(typed)]).toEqual([typed, code]);
  });

  it("accepts the profile and the template version by their names", () => {
    const r = validateRecord(kind, rotation((x) => Object.assign(x, { profile: "Thể thức Nhà nước", version: "Quy định 65-QĐ/TW (2022)", legalBases: ["Căn cứ Luật Cán bộ, công chức;"] })));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value).toMatchObject({ profile: "nd30", version: "qd65-2022" });
    const typed = validateRecord(kind, rotation((x) => (x.profile = "the thuc dang")));
    expect(typed.ok && (typed.value as { profile: string }).profile).toBe("party");
  });

  it("names the profile in clerk wording in a message about it", () => {
    const r = validateRecord(kind, rotation((x) => Object.assign(x, { profile: "nd30", legalBases: [] })));
    expect(r.issues.map((i) => formatIssue({ ...i, source: { kind: kind.meta.id } }))[0]).toContain('với thể thức "Thể thức Nhà nước"');
  });

  it("lists the allowed values in clerk wording when the value is wrong", () => {
    expect(modeOf("phó")).toBe(
      'Lỗi: Trường "Thẩm quyền ký": giá trị "phó" không hợp lệ. Hãy ghi một trong các giá trị: "Cấp trưởng ký trực tiếp", "TM. (thay mặt)", "KT. (ký thay)", "Q. (quyền)", "TL. (thừa lệnh)", "TUQ. (thừa ủy quyền)".',
    );
  });

  it("gives JSON Schema a oneOf of codes titled in Vietnamese", () => {
    const schema = kindJsonSchema(kind) as { properties: Record<string, { oneOf?: unknown; properties?: Record<string, { oneOf?: unknown }> }> };
    expect(schema.properties.signer!.properties!.mode!.oneOf).toEqual([
      { const: "head", title: "Cấp trưởng ký trực tiếp" },
      { const: "collective", title: "TM. (thay mặt)" },
      { const: "deputy", title: "KT. (ký thay)" },
      { const: "acting", title: "Q. (quyền)" },
      { const: "byOrder", title: "TL. (thừa lệnh)" },
      { const: "byAuthorization", title: "TUQ. (thừa ủy quyền)" },
    ]);
    expect(schema.properties.profile!.oneOf).toEqual([
      { const: "party", title: "Thể thức Đảng" },
      { const: "nd30", title: "Thể thức Nhà nước" },
    ]);
    const sheet = kindJsonSchema(findKind("assessment-sheet")!) as { properties: Record<string, { oneOf?: Array<{ title: string }> }> };
    expect(sheet.properties.version!.oneOf!.map((o) => o.title)).toContain("Mẫu 01, 02, 03 – Nghị định 90/2020 (đến năm 2025)");
  });

  it("words every closed choice a clerk picks in every kind", () => {
    for (const [id, pattern] of [["assessment-sheet", "subjectType"], ["self-review", "variant"], ["self-review", "version"], ["commitment-registration", "type"], ["commitment-registration", "approval.by"], ["assessment-summary", "order"], ["assessment-summary", "signer.mode"]] as const) {
      const choices = choicesAt(findKind(id), pattern);
      expect(choices?.length, `${id} ${pattern}`).toBeGreaterThan(1);
      for (const c of choices!) expect(c.label, `${id} ${pattern} ${c.code}`).not.toBe(c.code);
    }
  });
});
