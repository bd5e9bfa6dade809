// Quản trị › Đơn vị: the admin's unit and the units below it; a new unit below one of them (it gets its default register).
import { useState, type FormEvent } from "react";
import { Field, Message, UnitSelect, write, type Outcome, type UnitItem } from "./shared";

const PROFILES: Record<string, string> = { nd30: "Thể thức Nhà nước", party: "Thể thức Đảng" };

export function UnitsSection({ units, reload }: { units: UnitItem[] | undefined; reload(): void }) {
  const [form, setForm] = useState({ code: "", name: "", profile: "nd30", symbol: "", parent: "" });
  const [outcome, setOutcome] = useState<Outcome>({});
  const set = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { code: form.code.trim(), name: form.name, profile: form.profile, ...(form.symbol ? { symbol: form.symbol.trim() } : {}), ...(form.parent ? { parent: form.parent } : {}) };
    const r = await write("POST", "/api/admin/units", body, () => `Đã thêm đơn vị "${form.name}" cùng sổ đăng ký văn bản đi mặc định.`);
    setOutcome(r);
    if (!r.ok) return;
    setForm({ ...form, code: "", name: "", symbol: "" });
    reload();
  };
  return (
    <>
      <table className="list">
        <caption>Đơn vị trong phạm vi quản trị</caption>
        <thead>
          <tr><th scope="col">Mã</th><th scope="col">Tên đơn vị</th><th scope="col">Thể thức</th><th scope="col">Ký hiệu</th><th scope="col">Đơn vị cấp trên</th></tr>
        </thead>
        <tbody>
          {(units ?? []).map((u) => (
            <tr key={u.id}>
              <td>{u.code}</td><td>{u.name}</td><td>{PROFILES[u.profile]}</td><td>{u.symbol ?? ""}</td>
              <td>{u.parentCode ? (units?.find((p) => p.code === u.parentCode)?.name ?? u.parentCode) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="unit-add-title">
        <h2 id="unit-add-title">Thêm đơn vị cấp dưới</h2>
        <Field id="unit-code" label="Mã đơn vị" hint="Chữ không dấu, số, dấu chấm hoặc gạch, ví dụ SNV.">
          <input id="unit-code" value={form.code} onChange={(e) => set("code")(e.target.value)} aria-describedby="unit-code-hint" required />
        </Field>
        <Field id="unit-name" label="Tên đơn vị">
          <input id="unit-name" value={form.name} onChange={(e) => set("name")(e.target.value)} required />
        </Field>
        <Field id="unit-profile" label="Thể thức văn bản">
          <select id="unit-profile" value={form.profile} onChange={(e) => set("profile")(e.target.value)}>
            {Object.entries(PROFILES).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </Field>
        <Field id="unit-symbol" label="Ký hiệu cơ quan trong số văn bản" hint="Ví dụ UBND trong 12/QĐ-UBND; để trống thì dùng mã đơn vị.">
          <input id="unit-symbol" value={form.symbol} onChange={(e) => set("symbol")(e.target.value)} aria-describedby="unit-symbol-hint" />
        </Field>
        <Field id="unit-parent" label="Đơn vị cấp trên">
          <UnitSelect id="unit-parent" units={units} value={form.parent || (units?.[0]?.code ?? "")} onChange={set("parent")} />
        </Field>
        <Message outcome={outcome} />
        <button type="submit">Thêm đơn vị</button>
      </form>
    </>
  );
}
