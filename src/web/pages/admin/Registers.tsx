// Quản trị › Sổ văn bản: the registers of the scope's units; a new one (a series numbered per year, or per term for Party bodies).
import { useState, type FormEvent } from "react";
import { Field, Message, UnitSelect, useItems, write, type Outcome, type UnitItem } from "./shared";
import { isoToVn, vnToIso } from "../../words";

interface RegisterItem { id: string; unitCode: string; name: string; series: string; period: "year" | "term"; termStart: string | null; isDefault: boolean }
const PERIODS: Record<string, string> = { year: "Theo năm (từ số 01 ngày 01/01)", term: "Theo nhiệm kỳ (cấp ủy Đảng)" };

export function RegistersSection({ units }: { units: UnitItem[] | undefined }) {
  const { items, reload } = useItems<RegisterItem>("/api/admin/registers");
  const [form, setForm] = useState({ unit: "", name: "", series: "", period: "year", termStart: "", isDefault: false });
  const [outcome, setOutcome] = useState<Outcome>({});
  const unitName = (code: string) => units?.find((u) => u.code === code)?.name ?? code;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      unit: form.unit, name: form.name, period: form.period, isDefault: form.isDefault, ...(form.series ? { series: form.series } : {}),
      ...(form.period === "term" && form.termStart ? { termStart: vnToIso(form.termStart) } : {}),
    };
    const r = await write("POST", "/api/admin/registers", body, () => `Đã thêm sổ "${form.name}" cho ${unitName(form.unit)}.`);
    setOutcome(r);
    if (!r.ok) return;
    setForm({ ...form, name: "", series: "" });
    reload();
  };
  return (
    <>
      <table className="list">
        <caption>Sổ đăng ký văn bản đi</caption>
        <thead>
          <tr><th scope="col">Đơn vị</th><th scope="col">Tên sổ</th><th scope="col">Loại văn bản của sổ</th><th scope="col">Đánh số</th><th scope="col">Sổ mặc định</th></tr>
        </thead>
        <tbody>
          {(items ?? []).map((r) => (
            <tr key={r.id}>
              <td>{unitName(r.unitCode)}</td><td>{r.name}</td><td>{r.series}</td>
              <td>{r.period === "term" ? `Theo nhiệm kỳ từ ${isoToVn(r.termStart)}` : "Theo năm"}</td><td>{r.isDefault ? "Có" : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="reg-add-title">
        <h2 id="reg-add-title">Thêm sổ văn bản</h2>
        <Field id="reg-unit" label="Đơn vị"><UnitSelect id="reg-unit" units={units} value={form.unit} onChange={(unit) => setForm({ ...form, unit })} /></Field>
        <Field id="reg-name" label="Tên sổ"><input id="reg-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required /></Field>
        <Field id="reg-series" label="Loại văn bản của sổ" hint="Ví dụ: văn bản quy phạm pháp luật; để trống thì dùng tên sổ.">
          <input id="reg-series" value={form.series} onChange={(e) => setForm({ ...form, series: e.target.value })} aria-describedby="reg-series-hint" />
        </Field>
        <Field id="reg-period" label="Đánh số">
          <select id="reg-period" value={form.period} onChange={(e) => setForm({ ...form, period: e.target.value })}>
            {Object.entries(PERIODS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </Field>
        {form.period === "term" && (
          <Field id="reg-term" label="Ngày bắt đầu nhiệm kỳ (dd/mm/yyyy)">
            <input id="reg-term" inputMode="numeric" value={form.termStart} onChange={(e) => setForm({ ...form, termStart: e.target.value })} />
          </Field>
        )}
        <div className="field field-check">
          <label htmlFor="reg-default">Dùng làm sổ mặc định của đơn vị</label>
          <input id="reg-default" type="checkbox" checked={form.isDefault} onChange={(e) => setForm({ ...form, isDefault: e.target.checked })} />
        </div>
        <Message outcome={outcome} />
        <button type="submit">Thêm sổ</button>
      </form>
    </>
  );
}
