// Nhập từ Excel: the kind's workbook to fill, the filled one uploaded, progress, good and bad counts, the error workbook.
import { useEffect, useRef, useState } from "react";
import { api, upload } from "../api";
import { loadKinds, type Kind } from "../kinds";
import type { Go } from "../session";

interface Batch {
  id: string;
  state: string;
  records: number;
  done: number;
  failed: number;
  failures: Array<{ record: number; issues: Array<{ message: string }> }>;
  errors: string | null;
}

export function ImportPage({ go }: { go: Go }) {
  const [kinds, setKinds] = useState<Kind[]>([]);
  const [kind, setKind] = useState("");
  const [batch, setBatch] = useState<Batch>();
  const [error, setError] = useState<string>();
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => void loadKinds().then((k) => setKinds(k.filter((x) => !x.bundle))), []);
  useEffect(() => {
    if (!batch || batch.state === "done" || batch.state === "failed") return;
    const t = window.setTimeout(() => void api<Batch>("GET", `/api/batches/${batch.id}`).then((r) => r.status === 200 && setBatch(r.data)), 400);
    return () => window.clearTimeout(t);
  }, [batch]);
  const send = async () => {
    const f = file.current?.files?.[0];
    if (!f) return setError("Hãy chọn tệp Excel đã điền.");
    setError(undefined);
    const r = await upload<{ id: string }>("/api/batches?mode=drafts", f);
    if (r.status !== 202) return setError(r.problem?.message ?? "Không tải lên được.");
    setBatch({ id: r.data.id, state: "queued", records: 0, done: 0, failed: 0, failures: [], errors: null });
  };
  // `done` counts the records made into drafts, `failed` the refused ones.
  const good = batch?.done ?? 0;
  const finished = batch?.state === "done";
  return (
    <section>
      <h1>Nhập từ Excel</h1>
      <ol className="steps">
        <li>
          <div className="field">
            <label htmlFor="imp-kind">Loại văn bản</label>
            <select id="imp-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">— Chọn —</option>
              {kinds.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.title}
                </option>
              ))}
            </select>
          </div>
          {kind && (
            <a href={`/api/kinds/${kind}/workbook`} download>
              Tải tệp Excel mẫu để điền
            </a>
          )}
        </li>
        <li>
          <div className="field">
            <label htmlFor="imp-file">Tệp đã điền (.xlsx, .csv)</label>
            <input id="imp-file" ref={file} type="file" accept=".xlsx,.csv" />
          </div>
          <button type="button" onClick={() => void send()}>
            Tải lên và tạo dự thảo
          </button>
          {error && (
            <p className="problem" role="alert">
              {error}
            </p>
          )}
        </li>
      </ol>
      {batch && (
        <div className="batch" role="status">
          <label htmlFor="imp-progress">Tiến độ</label>
          <progress id="imp-progress" max={batch.records || 1} value={batch.done + batch.failed} />
          <p>
            {finished
              ? `Xong: ${good} bản ghi đúng đã thành dự thảo, ${batch.failed} bản ghi có lỗi.`
              : `Đang xử lý ${batch.done + batch.failed}/${batch.records || "…"} bản ghi…`}
          </p>
          {finished && batch.failed > 0 && batch.errors && (
            <p>
              <a href={batch.errors} download>
                Tải tệp Excel đánh dấu lỗi
              </a>{" "}
              (sửa các ô tô đỏ rồi tải lên lại các bản ghi này).
            </p>
          )}
          {finished && batch.failures.length > 0 && (
            <ul className="failures">
              {batch.failures.map((f) => (
                <li key={f.record}>
                  Bản ghi {f.record}: {f.issues.map((i) => i.message).join(" ")}
                </li>
              ))}
            </ul>
          )}
          {finished && good > 0 && (
            <button type="button" className="secondary" onClick={() => go("/?state=draft")}>
              Xem các dự thảo
            </button>
          )}
        </div>
      )}
    </section>
  );
}
