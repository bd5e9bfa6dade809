// Quản trị › Mã truy cập API: tokens for other systems (shown once when made), revoked when no longer needed.
import { useState, type FormEvent } from "react";
import { ROLES, when } from "../../words";
import { Field, Message, RoleSelect, Secret, UnitSelect, useItems, write, type Outcome, type UnitItem } from "./shared";

interface TokenItem { id: string; unitCode: string; role: string; name: string | null; createdAt: string; revokedAt: string | null }

export function TokensSection({ units }: { units: UnitItem[] | undefined }) {
  const { items, reload } = useItems<TokenItem>("/api/admin/tokens");
  const [form, setForm] = useState({ unit: "", role: "registrar", name: "" });
  const [outcome, setOutcome] = useState<Outcome>({});
  const [token, setToken] = useState<string>();
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const r = await write<{ token: string }>("POST", "/api/admin/tokens", { unit: form.unit, role: form.role, ...(form.name ? { name: form.name } : {}) }, () =>
      'Đã cấp mã truy cập. Hệ thống khác gửi mã trong tiêu đề "Authorization: Bearer …".');
    setOutcome(r);
    setToken(r.data?.token);
    if (!r.ok) return;
    setForm({ ...form, name: "" });
    reload();
  };
  const revoke = async (t: TokenItem) => {
    const r = await write("POST", `/api/admin/tokens/${t.id}/revoke`, undefined, () => `Đã thu hồi mã truy cập "${t.name ?? t.id.slice(0, 8)}".`);
    setOutcome(r);
    setToken(undefined);
    if (r.ok) reload();
  };
  return (
    <>
      <Message outcome={outcome} />
      <Secret label="Mã truy cập" value={token} />
      <table className="list">
        <caption>Mã truy cập API</caption>
        <thead>
          <tr><th scope="col">Tên hệ thống</th><th scope="col">Đơn vị</th><th scope="col">Vai trò</th><th scope="col">Ngày cấp</th><th scope="col">Trạng thái</th><th scope="col">Thao tác</th></tr>
        </thead>
        <tbody>
          {(items ?? []).map((t) => (
            <tr key={t.id}>
              <td>{t.name ?? ""}</td><td>{units?.find((u) => u.code === t.unitCode)?.name ?? t.unitCode}</td><td>{ROLES[t.role] ?? t.role}</td>
              <td>{when(t.createdAt)}</td><td>{t.revokedAt ? `Đã thu hồi lúc ${when(t.revokedAt)}` : "Đang dùng"}</td>
              <td>
                {!t.revokedAt && (
                  <button type="button" className="danger" onClick={() => void revoke(t)} aria-label={`Thu hồi mã ${t.name ?? ""}`}>Thu hồi</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="admin-form" onSubmit={(e) => void add(e)} aria-labelledby="token-add-title">
        <h2 id="token-add-title">Cấp mã truy cập</h2>
        <Field id="token-name" label="Tên hệ thống dùng mã"><input id="token-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} /></Field>
        <Field id="token-unit" label="Đơn vị"><UnitSelect id="token-unit" units={units} value={form.unit} onChange={(unit) => setForm({ ...form, unit })} /></Field>
        <Field id="token-role" label="Vai trò">
          <RoleSelect id="token-role" value={form.role} onChange={(role) => setForm({ ...form, role })} />
        </Field>
        <button type="submit">Cấp mã</button>
      </form>
    </>
  );
}
