// Bản kiểm điểm cá nhân: guide chosen by year or by name, form 2C only from 2025, points against the ranking.
import { describe, expect, it } from "vitest";
import { loadRecord, messagesFor, renderForm } from "./form-files.js";

const base = (): Record<string, unknown> => loadRecord("inputs/self-review/mau-2a-trong.yaml");
const c2025 = (): Record<string, unknown> => loadRecord("inputs/self-review/kiem-diem-2025-mau-2c.yaml");

describe("the guide (version) follows the review year unless named", () => {
  it.each([
    [2023, "hd25-2023"],
    [2024, "hd25-2023"],
    [2025, "hd43-2025"],
    [2026, "hd43-2025"],
  ])("a %i review uses %s", async (year, version) => {
    expect((await renderForm({ ...base(), year })).version).toBe(version);
  });

  it("a named version wins over the year", async () => {
    expect((await renderForm({ ...base(), year: 2025, version: "hd25-2023" })).version).toBe("hd25-2023");
    expect((await renderForm({ ...base(), year: 2024, version: "hd43-2025" })).version).toBe("hd43-2025");
  });

  it("the scoring lines are printed only under Hướng dẫn 43", async () => {
    expect((await renderForm({ ...base(), year: 2025 })).paras).toContain("Tổng điểm: ……/100");
    expect((await renderForm({ ...base(), year: 2024 })).paras.some((p) => p.startsWith("Tổng điểm"))).toBe(false);
  });

  it("a review year before 2023 has no form", () => {
    // The wording of too_small is shared; what matters here is that 2022 is refused at the year field.
    const m = messagesFor({ ...base(), year: 2022 });
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^Lỗi: Trường "Năm kiểm điểm": .*2\.?023/);
  });
});

describe("form 2C before 2025", () => {
  const C_BEFORE_2025 =
    "mẫu 2C (đảng viên không công tác trong hệ thống chính trị) chỉ có từ Hướng dẫn 43-HD/BTCTW, áp dụng cho kỳ kiểm điểm từ năm 2025; " +
    "kỳ kiểm điểm năm 2024 theo Hướng dẫn 25-HD/BTCTW chỉ có mẫu 02A và 02B. " +
    "Hãy dùng mẫu 02A (hoặc 02B nếu giữ chức vụ lãnh đạo, quản lý), hoặc kiểm tra lại năm kiểm điểm.";

  it("is refused when named", () => {
    expect(messagesFor({ ...base(), year: 2024, variant: "C" })).toEqual([`Lỗi: Trường "Mẫu (A, B hoặc C)": ${C_BEFORE_2025}`]);
  });

  it("is refused when implied by inPoliticalSystem: false", () => {
    const { points: _p, ...rest } = c2025();
    expect(messagesFor({ ...rest, year: 2024 })).toEqual([`Lỗi: Trường "Công tác trong hệ thống chính trị": ${C_BEFORE_2025}`]);
  });

  it("is refused for a 2025 review forced onto Hướng dẫn 25", () => {
    const { points: _p, ...rest } = c2025();
    expect(messagesFor({ ...rest, version: "hd25-2023" })[0]).toContain("kỳ kiểm điểm năm 2025 theo Hướng dẫn 25-HD/BTCTW chỉ có mẫu 02A và 02B");
  });
});

describe("points (Quy định 366) and the self-ranking", () => {
  it("accepts a ranking that matches the points at each band edge", () => {
    for (const [points, member] of [[90, "excellent"], [89.5, "good"], [70, "good"], [69, "completed"], [50, "completed"], [49, "failed"]] as const) {
      expect(messagesFor({ ...c2025(), points, selfRanking: { member } }), `${points}`).toEqual([]);
    }
  });

  it("refuses a ranking that contradicts the points, with the exact message", () => {
    expect(messagesFor({ ...c2025(), points: 78, selfRanking: { member: "excellent" } })).toEqual([
      'Lỗi: Trường "Tự xếp loại đảng viên": mức tự xếp loại "Hoàn thành xuất sắc nhiệm vụ" không khớp với số điểm tự chấm: ' +
        '78 điểm (từ 70 đến dưới 90 điểm) là mức "Hoàn thành tốt nhiệm vụ" theo Quy định 366-QĐ/TW. ' +
        "Hãy sửa lại mức tự xếp loại hoặc số điểm cho thống nhất.",
    ]);
    expect(messagesFor({ ...c2025(), points: 89.5, selfRanking: { member: "excellent" } })[0]).toContain(
      "89,5 điểm (từ 70 đến dưới 90 điểm) là mức \"Hoàn thành tốt nhiệm vụ\"",
    );
  });

  it("refuses a total that is not the sum of the two groups, and ranks by the sum when only the groups are given", async () => {
    expect(messagesFor({ ...c2025(), points: 78, scores: { general: 25, tasks: 50 } })).toEqual([
      'Lỗi: Trường "Điểm tự chấm (thang 100 điểm)": tổng điểm tự chấm là 78 điểm nhưng hai nhóm tiêu chí cộng lại là 75 điểm (nhóm tiêu chí chung 25, nhóm kết quả thực hiện nhiệm vụ 50). ' +
        "Hãy sửa cho tổng điểm bằng điểm hai nhóm cộng lại, hoặc chỉ ghi điểm của hai nhóm.",
    ]);
    const { points: _p, ...rest } = c2025();
    const f = await renderForm({ ...rest, scores: { general: 28, tasks: 64.5 }, selfRanking: {} });
    expect(f.paras).toEqual(expect.arrayContaining(["1. Nhóm tiêu chí chung: 28/30", "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 64,5/70", "Tổng điểm: 92,5/100"]));
    expect(f.paras.filter((p) => p.startsWith("☒ "))).toEqual(["☒ Hoàn thành xuất sắc nhiệm vụ"]);
  });

  it("warns about identity fields form 2C does not print", () => {
    expect(messagesFor({ ...c2025(), person: { ...(c2025().person as object), partyPosition: "Đảng viên" } })).toEqual([
      'Cảnh báo: Trường "Chức vụ Đảng": mẫu 2C không có mục này nên nội dung đã nhập sẽ không được in ra. ' +
        "Mẫu 2C chỉ ghi họ và tên, ngày sinh, đơn vị công tác và chi bộ; hãy xóa nội dung này, hoặc dùng mẫu 2A, 2B nếu người kiểm điểm công tác trong hệ thống chính trị.",
    ]);
  });

  it("refuses points under Hướng dẫn 25", () => {
    expect(messagesFor({ ...base(), year: 2024, points: 80 })).toEqual([
      'Lỗi: Trường "Điểm tự chấm (thang 100 điểm)": việc chấm điểm theo thang 100 điểm (Quy định 366-QĐ/TW) chỉ áp dụng từ kỳ kiểm điểm năm 2025; ' +
        "kỳ kiểm điểm năm 2024 theo Hướng dẫn 25-HD/BTCTW không chấm điểm. Hãy xóa số điểm, hoặc kiểm tra lại năm kiểm điểm.",
    ]);
  });

  it("refuses points outside 0–100", () => {
    expect(messagesFor({ ...c2025(), points: 101, selfRanking: {} })).toHaveLength(1);
  });
});

describe("variant against the person's situation", () => {
  it("refuses a named variant that contradicts isLeader / inPoliticalSystem", () => {
    expect(messagesFor({ ...base(), variant: "A", isLeader: true })).toEqual([
      'Lỗi: Trường "Mẫu (A, B hoặc C)": mẫu "A" không khớp với các trường "Giữ chức vụ lãnh đạo, quản lý" và ' +
        '"Công tác trong hệ thống chính trị", theo đó phải dùng mẫu "B". Hãy sửa lại mẫu hoặc các trường đó cho thống nhất.',
    ]);
  });

  it("derives B from isLeader and C from inPoliticalSystem: false", async () => {
    const { variant: _v, ...rest } = base();
    expect((await renderForm({ ...rest, isLeader: true })).paras).toContain("(Cá nhân giữ chức vụ lãnh đạo, quản lý)");
    expect((await renderForm({ ...rest, inPoliticalSystem: false })).paras).toContain("Xếp loại chất lượng đảng viên:");
  });

  it("warns that leaders' items typed into form A are not printed", () => {
    expect(messagesFor({ ...base(), review: { leadership: "Chỉ đạo tốt." } })).toEqual([
      'Cảnh báo: Trường "Kết quả lãnh đạo, chỉ đạo, quản lý, điều hành": mẫu 2A không có mục này nên nội dung đã nhập sẽ không được in ra. ' +
        "Nếu người kiểm điểm giữ chức vụ lãnh đạo, quản lý, hãy dùng mẫu B; nếu không, hãy xóa nội dung này.",
    ]);
  });
});
