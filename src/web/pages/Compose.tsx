// Soạn văn bản: the kind's form beside the live preview; problems at their fields as one types; the draft saved as one goes.
import { useCallback, useEffect, useRef, useState } from "react";
import { api, newKey, preview, type ApiIssue } from "../api";
import { SchemaForm } from "../form/SchemaForm";
import { pathKey, setAt, toNfc, type JsonSchema, type Path } from "../form/schema";
import { loadKinds, type Kind } from "../kinds";
import type { Go } from "../session";
import { PdfPreview } from "../PdfPreview";
import { when } from "../words";

// Typing stops when no key came for 150 ms (keys of a steady typist come 50–150 ms apart); a preview costs the server ~5 ms.
const PREVIEW_DELAY = 150;
const SAVE_DELAY = 1200;

interface Loaded {
  id?: string;
  etag?: string;
  record: Record<string, unknown>;
}

export function ComposePage({ id, kind: kindParam, go }: { id?: string; kind?: string; go: Go }) {
  const [kinds, setKinds] = useState<Kind[]>([]);
  const [doc, setDoc] = useState<Loaded>();
  useEffect(() => void loadKinds().then(setKinds), []);
  useEffect(() => {
    if (id) void api<{ record: Record<string, unknown>; etag: string }>("GET", `/api/documents/${id}`).then((r) => r.status === 200 && setDoc({ id, etag: r.data.etag, record: r.data.record }));
    else if (kindParam && kinds.length) {
      const k = kinds.find((x) => x.id === kindParam);
      if (k) setDoc({ record: { kind: k.id, profile: k.defaultProfile } });
    } else setDoc(undefined);
  }, [id, kindParam, kinds]);
  if (!id && !kindParam) return <KindChooser kinds={kinds} go={go} />;
  if (!doc) return <p>Đang tải…</p>;
  return <Editor key={doc.id ?? "new"} initial={doc} kinds={kinds} go={go} />;
}

function KindChooser({ kinds, go }: { kinds: Kind[]; go: Go }) {
  return (
    <section>
      <h1>Soạn văn bản</h1>
      <p>Chọn loại văn bản:</p>
      <ul className="kinds">
        {kinds.filter((k) => !k.bundle).map((k) => (
          <li key={k.id}>
            <a href={`/soan?loai=${k.id}`} onClick={(e) => (e.preventDefault(), go(`/soan?loai=${k.id}`))}>
              {k.title}
            </a>
            <span className="hint">{k.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function problemsOf(issues: ApiIssue[], shown: (key: string) => boolean): Map<string, string> {
  const m = new Map<string, string>();
  for (const i of issues) {
    const key = pathKey(i.path);
    if (shown(key) && !m.has(key)) m.set(key, i.message);
  }
  return m;
}

function Editor({ initial, kinds, go }: { initial: Loaded; kinds: Kind[]; go: Go }) {
  const kind = String(initial.record.kind);
  const [schema, setSchema] = useState<JsonSchema>();
  const [record, setRecord] = useState<Record<string, unknown>>(initial.record);
  const [pdf, setPdf] = useState<ArrayBuffer>();
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [touched, setTouched] = useState<Set<string>>(() => new Set(initial.id ? ["*"] : []));
  const [saved, setSaved] = useState<{ id?: string; etag?: string; at?: string; error?: string }>({ id: initial.id, etag: initial.etag });
  const seq = useRef(0);
  const timers = useRef<{ preview?: number; save?: number }>({});
  useEffect(() => void api<JsonSchema>("GET", `/api/kinds/${kind}/schema`).then((r) => setSchema(r.data)), [kind]);

  const runPreview = useCallback(async (rec: Record<string, unknown>) => {
    const n = ++seq.current;
    const r = await preview(toNfc(rec));
    if (n !== seq.current) return;
    setIssues(r.issues);
    if (r.pdf) setPdf(r.pdf);
  }, []);

  const save = useCallback(async (rec: Record<string, unknown>, current: typeof saved) => {
    const body = { record: toNfc(rec) };
    const r = current.id
      ? await api<{ etag: string }>("PUT", `/api/documents/${current.id}`, body, { ...newKey(), "If-Match": current.etag ?? "" })
      : await api<{ id?: string; etag: string }>("POST", "/api/documents", body, newKey());
    if (r.status === 200 || r.status === 201) {
      const id = current.id ?? (r.data as { id?: string }).id!;
      setSaved({ id, etag: r.data.etag, at: new Date().toISOString() });
      if (!current.id) history.replaceState(null, "", `/van-ban/${id}/sua`);
    } else setSaved({ ...current, error: r.problem?.message ?? "Không lưu được." });
  }, []);

  useEffect(() => void runPreview(initial.record), [initial.record, runPreview]);

  const onChange = (path: Path, value: unknown) => {
    const next = setAt(record, path, value) as Record<string, unknown>;
    setRecord(next);
    setTouched((t) => new Set(t).add(pathKey(path)));
    window.clearTimeout(timers.current.preview);
    timers.current.preview = window.setTimeout(() => void runPreview(next), PREVIEW_DELAY);
    if (saved.id && !saved.error) {
      window.clearTimeout(timers.current.save);
      timers.current.save = window.setTimeout(() => void save(next, saved), SAVE_DELAY);
    }
  };
  /** Starts from the kind's example: every field filled, to be changed; the number is the register's. */
  const fillExample = async () => {
    const r = await api<Record<string, unknown>>("GET", `/api/kinds/${kind}/example`);
    if (r.status !== 200) return;
    const { number: _number, ...rest } = r.data;
    setRecord(rest);
    void runPreview(rest);
  };
  const showAll = touched.has("*");
  const errors = issues.filter((i) => i.severity === "error");
  const problems = problemsOf(issues, (key) => showAll || [...touched].some((t) => key === t || key.startsWith(`${t}.`)));
  const title = kinds.find((k) => k.id === kind)?.title ?? kind;
  return (
    <section className="compose">
      <div className="compose-form">
        <h1>{title}</h1>
        {saved.error && (
          <p className="banner error" role="alert">
            {saved.error}
          </p>
        )}
        {schema ? <SchemaForm schema={schema} record={record} problems={problems} onChange={onChange} /> : <p>Đang tải mẫu…</p>}
        <div className="actions">
          {!saved.id && (
            <button type="button" className="secondary" onClick={() => void fillExample()}>
              Điền theo bản mẫu
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              setTouched(new Set(["*"]));
              if (errors.length === 0) void save(record, saved);
            }}
          >
            {saved.id ? "Lưu" : "Lưu dự thảo"}
          </button>
          {saved.id && (
            <button type="button" className="secondary" onClick={() => go(`/van-ban/${saved.id}`)}>
              Xem văn bản và trình duyệt
            </button>
          )}
          <span className="status" role="status">
            {errors.length > 0 ? `Còn ${errors.length} chỗ cần sửa.` : saved.at ? `Đã lưu lúc ${when(saved.at)}.` : ""}
          </span>
        </div>
      </div>
      <div className="compose-preview" tabIndex={0} role="region" aria-label="Bản xem trước">
        <h2>Bản xem trước</h2>
        <PdfPreview pdf={pdf} label={`Bản xem trước ${title}`} />
      </div>
    </section>
  );
}
