// Clerk messages: exact Vietnamese text for bad inputs, from ingest through validation.
import { listKinds } from "../../src/kinds/index.js";
import { describe, expect, it } from "vitest";
import { hasErrors, ISSUE_CODES, issue, withSource, type Issue } from "../../src/core/index.js";
import { ingestFile } from "../../src/ingest/index.js";
import type { KindDefinition } from "../../src/kinds/index.js";
import { formatIssue, formatIssues, MESSAGES, summaryLine } from "../../src/messages/index.js";
import { resolveKind, validateRecord } from "../../src/validate/index.js";
import { memoryIo } from "../ingest/memory-io.js";
import { rotation } from "../validate/rotation-fixture.js";

const FILE = "inputs/a.json";

/** The whole front of the pipeline for one file: ingest, kind, validation, messages. */
async function messages(content: string, file = FILE): Promise<string[]> {
  const ingested = await ingestFile(file, memoryIo({ [file]: content }));
  const out = formatIssues(ingested.issues.filter((i) => i.source?.record === undefined));
  for (const rec of ingested.records) {
    const own = ingested.issues.filter((i) => i.source?.record === rec.index);
    if (hasErrors(own)) {
      out.push(...formatIssues(own));
      continue;
    }
    const kind = resolveKind(rec.data);
    const found = kind.ok ? validateRecord(kind.value, rec.data).issues : kind.issues;
    out.push(...formatIssues([...own, ...withSource(found, { file, record: rec.index })], kind.ok ? kind.value : undefined));
  }
  return out;
}
const one = (edit: Parameters<typeof rotation>[0]) => messages(JSON.stringify(rotation(edit)));
const PEOPLE = "(Danh sách cán bộ luân chuyển, mục 1)";

describe("field messages", () => {
  it("names the list item of an impossible date", async () => {
    const second = { ...rotation().people[0]!, fullName: "Trần Văn Thử", birthDate: "31/02/1980" };
    expect(await one((d) => d.people.push(second))).toEqual([
      'Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Ngày sinh" (Danh sách cán bộ luân chuyển, mục 2): ngày "31/02/1980" không tồn tại. Hãy sửa thành một ngày có thật, dạng dd/mm/yyyy.',
    ]);
  });

  it("explains a wrong date format, a missing field, an unknown key and a bad choice", async () => {
    const got = await one((d) => {
      d.people[0]!.startDate = "2026/03/01";
      d.people[0]!.sex = "Nam giới";
      d.people[0]!.nickname = "Tư";
      delete d.archive;
    });
    expect(got).toEqual([
      `Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Giới tính" ${PEOPLE}: giá trị "Nam giới" không hợp lệ. Hãy ghi một trong các giá trị: nam, nữ.`,
      `Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Từ ngày" ${PEOPLE}: "2026/03/01" không đúng dạng ngày. Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 05/09/1980.`,
      `Lỗi: Tệp inputs/a.json, bản ghi 1, trường "nickname" ${PEOPLE}: trường này không có trong mẫu "Quyết định luân chuyển cán bộ". Hãy xóa đi hoặc sửa lại tên trường cho đúng (phân biệt chữ hoa, chữ thường).`,
      'Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Lưu": chưa có giá trị. Hãy điền thông tin vào trường này.',
    ]);
  });

  it("explains types and limits in words", async () => {
    const got = await one((d) => {
      d.number = "42";
      d.decidingBody = "";
      d.people[0]!.months = 0;
      (d.signer as Record<string, unknown>).name = "X".repeat(101);
    });
    expect(got).toEqual([
      'Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Số văn bản": phải là số nhưng đang là chữ. Hãy ghi số, không đặt trong dấu nháy.',
      'Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Cấp quyết định": đang để trống. Hãy điền thông tin vào trường này.',
      `Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Thời gian luân chuyển (tháng)" ${PEOPLE}: phải từ 1 trở lên (đang là 0). Hãy sửa lại.`,
      'Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Họ tên người ký": quá dài: tối đa 100 ký tự (hiện có 101 ký tự). Hãy rút gọn.',
    ]);
  });
});

describe("rule messages", () => {
  it("refuses a 24-month rotation and says how to flag an exception", async () => {
    expect(await one((d) => (d.people[0]!.months = 24))).toEqual([
      `Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Thời gian luân chuyển (tháng)" ${PEOPLE}: thời gian luân chuyển 24 tháng, ít hơn mức tối thiểu 36 tháng theo Quy định 65-QĐ/TW. Hãy ghi từ 36 tháng trở lên; nếu là trường hợp đặc biệt, hãy đặt "Trường hợp đặc biệt" là true và ghi "Lý do trường hợp đặc biệt".`,
    ]);
    expect(await one((d) => Object.assign(d.people[0]!, { months: 24, exception: true, exceptionReason: "Theo yêu cầu nhiệm vụ" }))).toEqual([]);
  });

  it("asks for the reason of an exception", async () => {
    expect(await one((d) => Object.assign(d.people[0]!, { months: 24, exception: true }))).toEqual([
      `Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Lý do trường hợp đặc biệt" ${PEOPLE}: đã đánh dấu "Trường hợp đặc biệt" nhưng chưa ghi lý do. Hãy ghi rõ lý do vào trường này.`,
    ]);
  });

  it("warns about service left with the computed retirement date (man and woman)", async () => {
    expect(await one((d) => Object.assign(d.people[0]!, { sex: "nam", birthDate: "15/03/1968" }))).toEqual([
      `Cảnh báo: Tệp inputs/a.json, bản ghi 1, trường "Ngày sinh" ${PEOPLE}: tính từ ngày bắt đầu luân chuyển, người này chỉ còn 4 năm 1 tháng công tác (thời điểm nghỉ hưu: 01/04/2030), dưới 10 năm theo Quy định 65-QĐ/TW. Hãy kiểm tra lại ngày sinh, giới tính, hoặc cân nhắc lại việc luân chuyển.`,
    ]);
    expect(await one((d) => Object.assign(d.people[0]!, { sex: "nữ", birthDate: "20/05/1971" }))).toEqual([
      `Cảnh báo: Tệp inputs/a.json, bản ghi 1, trường "Ngày sinh" ${PEOPLE}: tính từ ngày bắt đầu luân chuyển, người này chỉ còn 3 năm 3 tháng công tác (thời điểm nghỉ hưu: 01/06/2029), dưới 10 năm theo Quy định 65-QĐ/TW. Hãy kiểm tra lại ngày sinh, giới tính, hoặc cân nhắc lại việc luân chuyển.`,
    ]);
  });

  it("warns about a district-level unit after the reform", async () => {
    expect(await one((d) => (d.people[0]!.destinationUnit = "Ủy ban nhân dân huyện Thọ Xuân"))).toEqual([
      `Cảnh báo: Tệp inputs/a.json, bản ghi 1, trường "Nơi đến công tác" ${PEOPLE}: có từ "huyện" chỉ đơn vị cấp huyện, nhưng cấp huyện đã kết thúc hoạt động từ ngày 01/7/2025 (chính quyền địa phương hai cấp). Hãy ghi lại tên đơn vị theo tổ chức hiện hành.`,
    ]);
  });
});

describe("file and record messages", () => {
  it("explains NFD text, control characters and reserved keys", async () => {
    const got = await one((d) => {
      d.people[0]!.fullName = "Nguyễn Văn Mẫu".normalize("NFD");
      d.executors = "Văn phòng Tỉnh ủy\u0007";
    });
    expect(got).toEqual([
      'Lỗi: Tệp inputs/a.json, bản ghi 1, trường "Cơ quan thi hành": có ký tự điều khiển ẩn (U+0007) không được phép, thường do sao chép từ phần mềm khác. Hãy xóa ký tự này hoặc gõ lại nội dung.',
      `Cảnh báo: Tệp inputs/a.json, bản ghi 1, trường "Họ và tên" ${PEOPLE}: chữ tiếng Việt được lưu ở dạng tổ hợp (NFD) và đã được tự động chuyển sang dạng dựng sẵn (NFC); nội dung không đổi. Nên kiểm tra tệp nguồn hoặc đặt bộ gõ (Unikey, EVKey) dùng bảng mã Unicode dựng sẵn.`,
    ]);
    const proto = JSON.stringify(rotation()).replace('"kind"', '"__proto__": {}, "kind"');
    expect(await messages(proto)).toEqual([
      'Lỗi: Tệp inputs/a.json, bản ghi 1, trường "__proto__": tên trường này bị cấm vì lý do an toàn nên đã bị bỏ qua. Hãy xóa trường này khỏi tệp.',
    ]);
  });

  it("explains file-level problems", async () => {
    expect(await messages('{\n  "kind": "rotation-decision",\n  "number": 42,,\n}')).toEqual([
      'Lỗi: Tệp inputs/a.json: nội dung JSON sai cú pháp ở dòng 3, cột 16 (gặp "," không đúng chỗ). Hãy kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép quanh vị trí này.',
    ]);
    expect(await messages("kind: x\npeople:\n  - name: a\n   sex: nam\n", "inputs/b.yaml")).toEqual([
      "Lỗi: Tệp inputs/b.yaml: nội dung YAML sai cú pháp ở dòng 4, cột 1. Hãy kiểm tra thụt lề (dùng dấu cách, không dùng phím Tab) và dấu hai chấm sau tên trường quanh vị trí này.",
    ]);
    expect(await messages("kind: x\npeople:\n\t- a\n", "inputs/b.yaml")).toEqual([
      "Lỗi: Tệp inputs/b.yaml: thụt lề bằng phím Tab ở dòng 3, cột 1. YAML chỉ cho phép thụt lề bằng dấu cách; hãy thay Tab bằng dấu cách.",
    ]);
    expect(await messages("a,b", "inputs/c.txt")).toEqual([
      'Lỗi: Tệp inputs/c.txt: định dạng tệp ".txt" không được hỗ trợ. Hãy lưu dữ liệu thành tệp .json, .yaml, .yml, .xlsx hoặc .csv.',
    ]);
    const big = await ingestFile(FILE, memoryIo({ [FILE]: "x".repeat(2048) }), { maxBytes: 1536 });
    expect(formatIssues(big.issues)).toEqual([
      "Lỗi: Tệp inputs/a.json: tệp có dung lượng 2 KB, vượt giới hạn 1,5 KB. Hãy tách dữ liệu thành nhiều tệp nhỏ hơn.",
    ]);
  });

  it("explains records that are not objects and missing or unknown kinds", async () => {
    const known = listKinds().map((k) => k.meta.id).join(", ");
    expect(await messages(JSON.stringify([rotation(), "xin chào", { number: 1 }, { kind: "appointment" }]))).toEqual([
      'Lỗi: Tệp inputs/a.json, bản ghi 2: bản ghi phải là một nhóm trường (các cặp tên trường và giá trị) nhưng đang là chữ. Hãy ghi lại bản ghi theo đúng mẫu.',
      `Lỗi: Tệp inputs/a.json, bản ghi 3, trường "kind": chưa cho biết loại văn bản. Hãy thêm trường này với một trong các giá trị: ${known}.`,
      `Lỗi: Tệp inputs/a.json, bản ghi 4, trường "kind": loại văn bản "appointment" không có trong hệ thống. Hãy ghi một trong các loại: ${known}.`,
    ]);
  });
});

describe("formatIssue details", () => {
  it("takes labels from the kind named in the issue's source", () => {
    const i: Issue = { ...issue("required", ["people", 0, "fullName"]), source: { file: FILE, record: 2, kind: "rotation-decision" } };
    expect(formatIssue(i)).toBe(
      `Lỗi: Tệp inputs/a.json, bản ghi 2, trường "Họ và tên" ${PEOPLE}: chưa có giá trị. Hãy điền thông tin vào trường này.`,
    );
  });

  it("derives item words from the list labels, for nested lists too", () => {
    const labels = { people: "Danh sách cán bộ", "people.*": "người", "people.*.jobs": "Quá trình công tác", "people.*.jobs.*.from": "Từ năm" };
    const kind = { meta: { title: "Mẫu thử", labels } } as unknown as KindDefinition;
    expect(formatIssue(issue("required", ["people", 2, "jobs", 0, "from"]), kind)).toBe(
      'Lỗi: Trường "Từ năm" (Danh sách cán bộ, người thứ 3; Quá trình công tác, mục 1): chưa có giá trị. Hãy điền thông tin vào trường này.',
    );
    expect(formatIssue(issue("invalid_type", ["people", 2], { expected: "object", received: "string" }), kind)).toBe(
      'Lỗi: Trường "Danh sách cán bộ" (người thứ 3): phải là nhóm trường nhưng đang là chữ. Hãy ghi các trường con của mục này.',
    );
  });

  it("has a message for every issue code and no English leftovers", () => {
    for (const code of ISSUE_CODES) {
      const text = formatIssue({ ...issue(code, [], {}, "warning"), source: { file: "a.json" } });
      expect(text.startsWith("Cảnh báo: Tệp a.json: ")).toBe(true);
      expect(text).not.toMatch(/undefined|NaN|\bExpected\b|\breceived\b/);
    }
    expect(Object.keys(MESSAGES).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it("orders errors before warnings", () => {
    const list = [issue("nfd_text", ["a"], {}, "warning"), issue("required", ["b"])];
    expect(formatIssues(list).map((t) => t.split(":")[0])).toEqual(["Lỗi", "Cảnh báo"]);
  });
});

describe("summaryLine", () => {
  it("sums up a run", () => {
    expect(summaryLine({ documents: 3, failedRecords: 1, warnings: 2 })).toBe("Đã tạo 3 văn bản, 1 bản ghi lỗi, 2 cảnh báo.");
    expect(summaryLine({ documents: 5, failedRecords: 0, warnings: 0 })).toBe("Đã tạo 5 văn bản, không có bản ghi lỗi, không có cảnh báo.");
    expect(summaryLine({ documents: 0, failedRecords: 2, warnings: 1 })).toBe("Chưa tạo được văn bản nào, 2 bản ghi lỗi, 1 cảnh báo.");
  });

  it("tells new documents from those kept by --resume, and a check from a render", () => {
    expect(summaryLine({ documents: 494, kept: 314, failedRecords: 6, warnings: 0 })).toBe(
      "Đã tạo 180 văn bản mới, giữ nguyên 314 văn bản từ lần chạy trước (cộng 494 văn bản); 6 bản ghi lỗi, không có cảnh báo.",
    );
    expect(summaryLine({ documents: 1, failedRecords: 2, warnings: 0, checkOnly: true })).toBe("Kiểm tra xong (không ghi tệp nào): 1 văn bản hợp lệ, 2 bản ghi lỗi, không có cảnh báo.");
  });
});

describe("service left edge cases", () => {
  it("says when the person has already reached retirement age", () => {
    const i = issue("service_left_short", ["people", 0, "birthDate"], { retirement: "01/08/2024", years: -1, months: -7, min: 10 }, "warning");
    expect(formatIssue(i)).toBe(
      'Cảnh báo: Trường "birthDate" (people, mục 1): người này đã đến tuổi nghỉ hưu trước ngày bắt đầu luân chuyển (thời điểm nghỉ hưu: 01/08/2024). Hãy kiểm tra lại ngày sinh, giới tính, hoặc cân nhắc lại việc luân chuyển.',
    );
  });
});
