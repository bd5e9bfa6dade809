// A document: its preview, state, history and comments, and the actions the user may take now; downloads and print.
import { useCallback, useEffect, useState } from "react";
import { api, newKey } from "../api";
import { loadKinds, subjectOf, type Kind } from "../kinds";
import type { Go, Me } from "../session";
import { PdfPreview } from "../PdfPreview";
import { actionName, stateName, when } from "../words";

interface Detail {
  id: string;
  kind: string;
  state: string;
  record: Record<string, unknown>;
  numberText: string | null;
  etag: string;
  allowedActions: string[];
  history: Array<{ action: string; toState: string; userId: string; comment: string | null; at: string }>;
  comments: Array<{ id: string; userId: string; body: string; at: string }>;
}

const NEEDS_REASON = new Set(["return", "cancel", "revoke"]);

export function DocumentPage({ id, go }: { id: string; me: Me; go: Go }) {
  const [doc, setDoc] = useState<Detail | null>();
  const [pdf, setPdf] = useState<ArrayBuffer>();
  const [kinds, setKinds] = useState<Kind[]>([]);
  const [comment, setComment] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const load = useCallback(async () => {
    const r = await api<Detail>("GET", `/api/documents/${id}`);
    if (r.status !== 200) return setDoc(null);
    setDoc(r.data);
    const file = await fetch(`/api/documents/${id}/files/pdf`, { credentials: "same-origin" });
    if (file.ok) setPdf(await file.arrayBuffer());
  }, [id]);
  useEffect(() => void load(), [load]);
  useEffect(() => void loadKinds().then(setKinds), []);
  if (doc === undefined) return <p>Đang tải…</p>;
  if (doc === null)
    return (
      <section>
        <h1>Không tìm thấy văn bản</h1>
        <p>Văn bản này không có hoặc không thuộc đơn vị của bạn.</p>
      </section>
    );
  const act = async (action: string) => {
    if (NEEDS_REASON.has(action) && !comment.trim()) {
      setMessage({ text: "Hãy ghi lý do vào ô ý kiến trước khi " + actionName(action).toLowerCase() + ".", error: true });
      return;
    }
    const r = await api("POST", `/api/documents/${id}/actions/${action}`, comment.trim() ? { comment: comment.trim() } : {}, newKey());
    if (r.status >= 400) setMessage({ text: r.problem?.message ?? "Không thực hiện được.", error: true });
    else {
      setMessage({ text: `Đã ${actionName(action).toLowerCase()}.`, error: false });
      setComment("");
      await load();
    }
  };
  const addComment = async () => {
    if (!comment.trim()) return;
    const r = await api("POST", `/api/documents/${id}/comments`, { body: comment.trim() }, newKey());
    if (r.status >= 400) setMessage({ text: r.problem?.message ?? "Không ghi được ý kiến.", error: true });
    else {
      setComment("");
      await load();
    }
  };
  const title = kinds.find((k) => k.id === doc.kind)?.title ?? doc.kind;
  const editable = doc.state === "draft" || doc.state === "returned";
  return (
    <section className="document">
      <div className="document-side">
        <h1>{title}</h1>
        <p className="subject">{subjectOf(doc.record)}</p>
        <p>
          Trạng thái: <span className={`state state-${doc.state}`}>{stateName(doc.state)}</span>
          {doc.numberText && <> · Số: <strong>{doc.numberText}</strong></>}
        </p>
        {message && (
          <p className={`banner ${message.error ? "error" : "ok"}`} role={message.error ? "alert" : "status"}>
            {message.text}
          </p>
        )}
        <div className="field">
          <label htmlFor="comment">Ý kiến, lý do</label>
          <textarea id="comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
        <div className="actions">
          {doc.allowedActions.map((a) => (
            <button key={a} type="button" className={a === "cancel" || a === "revoke" ? "danger" : undefined} onClick={() => void act(a)}>
              {actionName(a)}
            </button>
          ))}
          <button type="button" className="secondary" onClick={() => void addComment()}>
            Ghi ý kiến
          </button>
          {editable && (
            <button type="button" className="secondary" onClick={() => go(`/van-ban/${id}/sua`)}>
              Sửa
            </button>
          )}
        </div>
        <p className="downloads">
          <a href={`/api/documents/${id}/files/docx`} download>
            Tải DOCX
          </a>{" "}
          ·{" "}
          <a href={`/api/documents/${id}/files/pdf`} download>
            Tải PDF
          </a>{" "}
          ·{" "}
          <a href={`/api/documents/${id}/files/pdf?inline=1`} target="_blank" rel="noopener">
            In
          </a>
        </p>
        <h2>Quá trình xử lý</h2>
        <ol className="history">
          {doc.history.map((h, i) => (
            <li key={i}>
              {when(h.at)} — {actionName(h.action)} → {stateName(h.toState)}
              {h.comment && <q>{h.comment}</q>}
            </li>
          ))}
        </ol>
        {doc.comments.length > 0 && (
          <>
            <h2>Ý kiến</h2>
            <ul className="comments">
              {doc.comments.map((c) => (
                <li key={c.id}>
                  {when(c.at)}: {c.body}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="document-preview" tabIndex={0} role="region" aria-label="Văn bản">
        <h2>Văn bản</h2>
        <PdfPreview pdf={pdf} label={title} />
      </div>
    </section>
  );
}
