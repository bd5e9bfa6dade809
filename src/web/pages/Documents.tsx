// Văn bản: the unit's documents by state, kind and year, with search; what waits for me comes first.
import { useEffect, useState } from "react";
import { api } from "../api";
import { loadKinds, type Kind } from "../kinds";
import type { Go, Me } from "../session";
import { STATES, stateName, when } from "../words";

interface Doc {
  id: string;
  kind: string;
  state: string;
  subject: string;
  numberText: string | null;
  createdAt: string;
  allowedActions: string[];
}

const waitsForMe = (d: Doc) => d.allowedActions.some((a) => a !== "cancel");

export function DocumentsPage({ go, params }: { me: Me; go: Go; params: URLSearchParams }) {
  const [kinds, setKinds] = useState<Kind[]>([]);
  const [docs, setDocs] = useState<Doc[]>();
  const [filter, setFilter] = useState({ state: params.get("state") ?? "", kind: params.get("kind") ?? "", year: params.get("year") ?? "", q: params.get("q") ?? "" });
  useEffect(() => void loadKinds().then(setKinds), []);
  useEffect(() => {
    const qs = new URLSearchParams(Object.entries(filter).filter(([, v]) => v)).toString();
    void api<{ items: Doc[] }>("GET", `/api/documents${qs ? `?${qs}` : ""}`).then((r) => setDocs(r.data?.items ?? []));
  }, [filter]);
  const title = (id: string) => kinds.find((k) => k.id === id)?.title ?? id;
  const mine = (docs ?? []).filter(waitsForMe);
  const rest = (docs ?? []).filter((d) => !waitsForMe(d));
  const table = (list: Doc[], caption: string) => (
    <table className="list">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Văn bản</th>
          <th scope="col">Về</th>
          <th scope="col">Số</th>
          <th scope="col">Trạng thái</th>
          <th scope="col">Tạo lúc</th>
        </tr>
      </thead>
      <tbody>
        {list.map((d) => (
          <tr key={d.id}>
            <td>
              <a href={`/van-ban/${d.id}`} onClick={(e) => (e.preventDefault(), go(`/van-ban/${d.id}`))}>
                {title(d.kind)}
              </a>
            </td>
            <td>{d.subject}</td>
            <td>{d.numberText ?? ""}</td>
            <td>
              <span className={`state state-${d.state}`}>{stateName(d.state)}</span>
            </td>
            <td>{when(d.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const set = (k: keyof typeof filter) => (e: { target: { value: string } }) => setFilter({ ...filter, [k]: e.target.value });
  return (
    <section>
      <h1>Văn bản</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="flt-q">Tìm theo tên hoặc số</label>
          <input id="flt-q" type="search" value={filter.q} onChange={set("q")} />
        </div>
        <div className="field">
          <label htmlFor="flt-state">Trạng thái</label>
          <select id="flt-state" value={filter.state} onChange={set("state")}>
            <option value="">Tất cả</option>
            {Object.entries(STATES).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="flt-kind">Loại văn bản</label>
          <select id="flt-kind" value={filter.kind} onChange={set("kind")}>
            <option value="">Tất cả</option>
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="flt-year">Năm</label>
          <input id="flt-year" inputMode="numeric" value={filter.year} onChange={set("year")} />
        </div>
      </form>
      {docs === undefined ? (
        <p>Đang tải…</p>
      ) : docs.length === 0 ? (
        <p>Chưa có văn bản nào.</p>
      ) : (
        <>
          {mine.length > 0 && table(mine, "Việc chờ tôi")}
          {rest.length > 0 && table(rest, "Các văn bản khác")}
        </>
      )}
    </section>
  );
}
