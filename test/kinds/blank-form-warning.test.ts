// A record without a name becomes a blank form to fill by hand: allowed, but said in a warning.
import { describe, expect, it } from "vitest";
import { findKind } from "../../src/kinds/index.js";
import { formatIssue } from "../../src/messages/index.js";
import { validateRecord } from "../../src/validate/index.js";
import { loadRecord } from "../helpers/samples.js";

const warnings = (kindId: string, file: string, edit: (r: Record<string, unknown>) => void) => {
  const r = loadRecord(file);
  edit(r);
  const v = validateRecord(findKind(kindId)!, r);
  expect(v.ok).toBe(true);
  return v.issues.filter((i) => i.code === "blank_form").map((i) => formatIssue({ ...i, source: { kind: kindId } }));
};

describe("blank forms", () => {
  const said = 'Cảnh báo: Trường "Họ và tên": bản ghi chưa có họ và tên nên văn bản được tạo là mẫu trống để điền tay. Nếu cần văn bản của một người cụ thể, hãy điền họ và tên rồi tạo lại.';
  it("warns for an assessment sheet without a name, not for one with a name", () => {
    expect(warnings("assessment-sheet", "inputs/assessment-sheet/mau-03-vien-chuc-2025.yaml", (r) => (r.person = {}))).toEqual([said]);
    expect(warnings("assessment-sheet", "inputs/assessment-sheet/mau-03-vien-chuc-2025.yaml", () => {})).toEqual([]);
  });
  it("warns for a self-review without a name", () => {
    expect(warnings("self-review", "inputs/self-review/mau-2a-trong.yaml", (r) => ((r.person as Record<string, unknown>).fullName = undefined))).toEqual([said]);
  });
});
