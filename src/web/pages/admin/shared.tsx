// Pieces the Quản trị sections share: a list loaded from the server, a write with its Vietnamese answer, labelled fields, a secret shown once.
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { api, newKey, type ApiAnswer } from "../../api";
import { ROLES } from "../../words";

export interface UnitItem { id: string; code: string; name: string; profile: "nd30" | "party"; symbol: string | null; parentCode: string | null }
export interface UserItem { id: string; username: string; displayName: string | null; unitCode: string; roles: string[]; locked: boolean; createdAt: string }

/** GET `url` → its items; `reload` after a write. */
export function useItems<T>(url: string): { items: T[] | undefined; reload(): void; problem?: string } {
  const [items, setItems] = useState<T[]>();
  const [problem, setProblem] = useState<string>();
  const reload = useCallback(() => {
    void api<{ items: T[] }>("GET", url).then((r) => (r.status === 200 ? setItems(r.data.items) : setProblem(r.problem?.message)));
  }, [url]);
  useEffect(reload, [reload]);
  return { items, reload, problem };
}

export interface Outcome { ok?: string; error?: string }

/** Sends one admin write (with its own Idempotency-Key) and says what happened in Vietnamese. */
export async function write<T>(method: string, url: string, body: unknown, done: (data: T) => string): Promise<Outcome & { data?: T }> {
  const r: ApiAnswer<T> = await api<T>(method, url, body, newKey());
  if (r.status >= 200 && r.status < 300) return { ok: done(r.data), data: r.data };
  return { error: r.problem?.message ?? "Không thực hiện được. Hãy thử lại." };
}

export function Message({ outcome }: { outcome: Outcome }) {
  if (outcome.error) return <p className="banner error" role="alert">{outcome.error}</p>;
  if (outcome.ok) return <p className="banner ok" role="status">{outcome.ok}</p>;
  return null;
}

/** A password or token the server shows once: the admin copies it now, it is never shown again. */
export function Secret({ label, value }: { label: string; value?: string }) {
  if (!value) return null;
  return (
    <div className="banner ok secret" role="status">
      <p>{label} (chỉ hiện lần này, hãy chép lại và gửi cho người nhận theo cách an toàn):</p>
      <code className="secret-value">{value}</code>
    </div>
  );
}

export function Field({ id, label, children, hint }: { id: string; label: string; children: ReactNode; hint?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <span className="hint" id={`${id}-hint`}>{hint}</span>}
    </div>
  );
}

export function UnitSelect({ id, units, value, onChange }: { id: string; units: UnitItem[] | undefined; value: string; onChange(v: string): void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required>
      <option value="">— Chọn đơn vị —</option>
      {(units ?? []).map((u) => (
        <option key={u.id} value={u.code}>{`${u.name} (${u.code})`}</option>
      ))}
    </select>
  );
}

/** A role chosen by its Vietnamese name (users and API tokens). */
export function RoleSelect({ id, value, onChange }: { id: string; value: string; onChange(v: string): void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {Object.entries(ROLES).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
    </select>
  );
}
