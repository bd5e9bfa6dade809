// What the screens say: states, actions and kinds as a clerk says them (codes never show).

export const STATES: Record<string, string> = {
  draft: "Dự thảo",
  submitted: "Chờ duyệt",
  approved: "Đã duyệt",
  signed: "Đã ký",
  numbered: "Đã cấp số",
  issued: "Đã phát hành",
  returned: "Trả lại",
  cancelled: "Đã hủy",
  revoked: "Đã thu hồi",
};

export const ACTIONS: Record<string, string> = {
  create: "Tạo dự thảo",
  edit: "Sửa",
  submit: "Trình",
  approve: "Duyệt",
  return: "Trả lại",
  sign: "Ký số",
  number: "Cấp số",
  issue: "Phát hành",
  cancel: "Hủy",
  revoke: "Thu hồi",
};

export const ROLES: Record<string, string> = { drafter: "Chuyên viên", approver: "Lãnh đạo", registrar: "Văn thư", admin: "Quản trị" };

export const stateName = (s: string): string => STATES[s] ?? s;
export const actionName = (a: string): string => ACTIONS[a] ?? a;

/** dd/mm/yyyy from an ISO date (and back); anything else is left as typed. */
export function isoToVn(v: unknown): string {
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : typeof v === "string" ? v : "";
}
export function vnToIso(v: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : v;
}

export function when(iso: string | undefined): string {
  if (!iso) return "";
  return new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour12: false });
}
