// Quản trị › Người dùng: people of the scope with their roles; add one (a one-time password), change roles, lock, unlock, a new password.
import { useState, type FormEvent } from "react";
import { ROLES } from "../../words";
import { Field, Message, RoleSelect, Secret, UnitSelect, useItems, write, type Outcome, type UnitItem, type UserItem } from "./shared";

const roleNames = (roles: string[]) => roles.map((r) => ROLES[r] ?? r).join(", ");

function RolesEditor({ user, done }: { user: UserItem; done(o: Outcome): void }) {
  const [roles, setRoles] = useState(user.roles);
  const toggle = (r: string, on: boolean) => setRoles(on ? [...roles, r] : roles.filter((x) => x !== r));
  const save = async (e: FormEvent) => {
    e.preventDefault();
    done(await write("PUT", `/api/admin/users/${user.id}/roles`, { roles }, () => `Đã đổi vai trò của "${user.username}".`));
  };
  return (
    <form className="admin-form" onSubmit={(e) => void save(e)}>
      <fieldset className="group">
        <legend>Vai trò của {user.displayName ?? user.username}</legend>
        {Object.entries(ROLES).map(([k, v]) => (
          <div className="field field-check" key={k}>
            <label htmlFor={`role-${k}`}>{v}</label>
            <input id={`role-${k}`} type="checkbox" checked={roles.includes(k)} onChange={(e) => toggle(k, e.target.checked)} />
          </div>
        ))}
      </fieldset>
      <button type="submit">Lưu vai trò</button>
    </form>
  );
}

/** `me`: the admin's own id (no "Khóa" on their own row: the server refuses locking oneself). */
export function UsersSection({ units, me }: { units: UnitItem[] | undefined; me: string }) {
  const { items, reload } = useItems<UserItem>("/api/admin/users");
  const [form, setForm] = useState({ username: "", displayName: "", unit: "", role: "drafter" });
  const [outcome, setOutcome] = useState<Outcome>({});
  const [secret, setSecret] = useState<{ label: string; value: string }>();
  const [editing, setEditing] = useState<UserItem>();
  const after = (o: Outcome, s?: { label: string; value: string }) => {
    setOutcome(o);
    setSecret(s);
    setEditing(undefined);
    if (o.ok) reload();
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const body = { username: form.username.trim(), unit: form.unit, role: form.role, ...(form.displayName ? { displayName: form.displayName } : {}) };
    const r = await write<{ created: boolean; password?: string }>("POST", "/api/admin/users", body, (d) =>
      d.created ? `Đã thêm người dùng "${body.username}".` : `Đã thêm vai trò ${ROLES[form.role]} cho người dùng "${body.username}" (mật khẩu giữ nguyên).`);
    after(r, r.data?.password ? { label: `Mật khẩu dùng một lần của "${body.username}"`, value: r.data.password } : undefined);
    if (r.ok) setForm({ ...form, username: "", displayName: "" });
  };
  const lock = async (u: UserItem) =>
    after(await write("POST", `/api/admin/users/${u.id}/${u.locked ? "unlock" : "lock"}`, undefined, () => `Đã ${u.locked ? "mở khóa" : "khóa"} tài khoản "${u.username}".`));
  const reset = async (u: UserItem) => {
    const r = await write<{ password: string }>("POST", `/api/admin/users/${u.id}/password`, undefined, () => `Đã đặt lại mật khẩu của "${u.username}"; các phiên đang mở đã kết thúc.`);
    after(r, r.data ? { label: `Mật khẩu mới của "${u.username}"`, value: r.data.password } : undefined);
  };
  return (
    <>
      <Message outcome={outcome} />
      <Secret label={secret?.label ?? ""} value={secret?.value} />
      <table className="list">
        <caption>Người dùng</caption>
        <thead>
          <tr><th scope="col">Tên đăng nhập</th><th scope="col">Họ và tên</th><th scope="col">Đơn vị</th><th scope="col">Vai trò</th><th scope="col">Trạng thái</th><th scope="col">Thao tác</th></tr>
        </thead>
        <tbody>
          {(items ?? []).map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td><td>{u.displayName ?? ""}</td><td>{units?.find((x) => x.code === u.unitCode)?.name ?? u.unitCode}</td>
              <td>{roleNames(u.roles)}</td><td>{u.locked ? "Đã khóa" : "Đang dùng"}</td>
              <td>
                <div className="row-actions">
                <button type="button" className="secondary" onClick={() => setEditing(u)} aria-label={`Đổi vai trò của ${u.username}`}>Đổi vai trò</button>
                {u.id !== me && <button type="button" className="secondary" onClick={() => void lock(u)} aria-label={`${u.locked ? "Mở khóa" : "Khóa"} ${u.username}`}>{u.locked ? "Mở khóa" : "Khóa"}</button>}
                <button type="button" className="secondary" onClick={() => void reset(u)} aria-label={`Đặt lại mật khẩu của ${u.username}`}>Đặt lại mật khẩu</button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && <RolesEditor key={editing.id} user={editing} done={(o) => after(o)} />}
      <form className="admin-form" onSubmit={(e) => void add(e)} aria-labelledby="user-add-title">
        <h2 id="user-add-title">Thêm người dùng</h2>
        <Field id="user-name" label="Tên đăng nhập" hint="Chữ thường không dấu, số, dấu chấm hoặc gạch, ví dụ nguyenvana.">
          <input id="user-name" value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} aria-describedby="user-name-hint" required />
        </Field>
        <Field id="user-display" label="Họ và tên">
          <input id="user-display" value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
        </Field>
        <Field id="user-unit" label="Đơn vị"><UnitSelect id="user-unit" units={units} value={form.unit} onChange={(unit) => setForm({ ...form, unit })} /></Field>
        <Field id="user-role" label="Vai trò">
          <RoleSelect id="user-role" value={form.role} onChange={(role) => setForm({ ...form, role })} />
        </Field>
        <button type="submit">Thêm người dùng</button>
      </form>
    </>
  );
}
