// Roles and units: a drafter approving is forbidden, another unit's document is not found, edits follow Đ11 and Đ18.3.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/messages/index.js";
import {
  addComment, auditTrail, createDocument, editDocument, getDocument, getDocumentFile, listDocuments, performAction, setDocumentFiles,
} from "../../src/workflow/index.js";
import { describePg } from "../helpers/pg.js";
import { pgStore, sqliteStore, type TestStore } from "../helpers/stores.js";
import { decision, draft, makeWorld, walk, type World } from "./setup.js";

function access(open: () => Promise<TestStore>) {
  let t: TestStore;
  let w: World;
  beforeAll(async () => {
    t = await open();
    w = await makeWorld(t.store);
  });
  afterAll(() => t.cleanup());

  it("a drafter approving is forbidden, and so are other roles' actions", async () => {
    const id = await walk(w, ["submit"]);
    const r = await performAction(w.store, w.drafter, id, "approve");
    expect(r.issues[0]).toMatchObject({ code: "forbidden_action", params: { action: "approve", roles: "approver" } });
    expect(formatIssue(r.issues[0]!)).toBe('Lỗi: Bạn không có quyền duyệt văn bản này; việc này dành cho "lãnh đạo" của đơn vị. Hãy chuyển cho người có thẩm quyền.');
    const approved = await walk(w, ["submit", "approve"]);
    expect((await performAction(w.store, w.approver, approved, "number")).issues[0]?.code).toBe("forbidden_action");
    expect((await performAction(w.store, w.registrar, id, "submit")).issues[0]?.code).toBe("forbidden_action");
    expect((await createDocument(w.store, w.registrar, { kind: "rotation-decision", record: decision() })).issues[0]?.code).toBe("forbidden_action");
  });

  it("another unit's document is not found, as one that does not exist — for reading, editing, actions, comments, files and the trail", async () => {
    const id = await walk(w, ["submit", "approve"]);
    const doc = await getDocument(w.store, w.drafter, id);
    if (!doc.ok) throw new Error("own document");
    const missing = await getDocument(w.store, w.drafter, "00000000-0000-0000-0000-000000000000");
    const calls = [
      getDocument(w.store, w.otherDrafter, id),
      editDocument(w.store, w.otherDrafter, id, { record: decision(), etag: doc.value.etag }),
      performAction(w.store, w.otherRegistrar, id, "number"),
      addComment(w.store, w.otherDrafter, id, "Xem giúp"),
      getDocumentFile(w.store, w.otherDrafter, id, "pdf"),
      auditTrail(w.store, w.otherDrafter, id),
      getDocument(w.store, w.admin, id),
    ];
    for (const r of await Promise.all(calls)) {
      expect(r.ok).toBe(false);
      expect(r.issues).toEqual([{ code: "not_found", path: [], params: { what: "document", id }, severity: "error" }]);
    }
    expect(missing.issues[0]?.code).toBe("not_found");
    expect((await listDocuments(w.store, w.otherDrafter)).items.map((d) => d.id)).not.toContain(id);
    expect((await listDocuments(w.store, w.drafter)).items.map((d) => d.id)).toContain(id);
    const mine = await getDocument(w.store, w.drafter, id);
    expect(mine.ok && mine.value).toMatchObject({ state: "approved" });
  });

  it("an edit after approval sends the document back to submitted; a drafter edits only own drafts", async () => {
    const id = await walk(w, ["submit", "approve"]);
    const before = await getDocument(w.store, w.approver, id);
    if (!before.ok) throw new Error("doc");
    const other = await editDocument(w.store, w.drafter2, id, { record: decision(), etag: before.value.etag });
    expect(other.issues[0]?.code).toBe("forbidden_action");
    const record = { ...decision(), decidingBody: "Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa (sửa)" };
    const r = await editDocument(w.store, w.drafter, id, { record, etag: before.value.etag });
    expect(r.ok && r.value).toMatchObject({ state: "submitted", revision: before.value.revision + 1 });
    expect(r.ok && r.value.etag).not.toBe(before.value.etag);
    expect(r.ok && r.value.record.number).toBeUndefined();
    const again = await editDocument(w.store, w.drafter, id, { record, etag: before.value.etag });
    expect(again.issues[0]).toMatchObject({ code: "stale_revision" });
    expect(formatIssue(again.issues[0]!)).toContain("đã được người khác thay đổi");
  });

  it("an issued document is never edited (Đ18.3); a numbered one neither", async () => {
    for (const path of [["submit", "approve", "number", "issue"], ["submit", "approve", "number"]] as const) {
      const id = await walk(w, [...path]);
      const doc = await getDocument(w.store, w.approver, id);
      if (!doc.ok) throw new Error("doc");
      const r = await editDocument(w.store, w.approver, id, { record: decision(), etag: doc.value.etag });
      expect(r.issues[0]).toMatchObject({ code: "action_not_allowed", params: { action: "edit", state: doc.value.state } });
    }
    const id = await walk(w, ["submit", "approve", "number", "issue"]);
    const doc = await getDocument(w.store, w.approver, id);
    const r = await editDocument(w.store, w.approver, id, { record: decision(), etag: doc.ok ? doc.value.etag : "" });
    expect(formatIssue(r.issues[0]!)).toContain("Văn bản đã ban hành không được sửa; hãy ban hành văn bản sửa đổi, thay thế hoặc văn bản đính chính.");
    const amend = await createDocument(w.store, w.drafter, { kind: "rotation-decision", record: decision(), replacesId: id });
    expect(amend.ok && amend.value.replacesId).toBe(id);
  });

  it("lists the unit's documents by state, kind, year and words, in pages", async () => {
    const id = await walk(w, ["submit"]);
    const all = await listDocuments(w.store, w.approver, { limit: 500 });
    const submitted = await listDocuments(w.store, w.approver, { state: "submitted", limit: 500 });
    expect(submitted.items.every((d) => d.state === "submitted")).toBe(true);
    expect(submitted.items.map((d) => d.id)).toContain(id);
    expect(submitted.total).toBeLessThan(all.total);
    expect((await listDocuments(w.store, w.approver, { q: "vũ QUANG bình" })).total).toBe(all.total);
    expect((await listDocuments(w.store, w.approver, { q: "Sở Nội vụ" })).total).toBe(all.total);
    expect((await listDocuments(w.store, w.approver, { q: "100%_" })).total).toBe(0);
    expect((await listDocuments(w.store, w.approver, { kind: "self-review" })).total).toBe(0);
    expect((await listDocuments(w.store, w.approver, { year: new Date().getUTCFullYear() })).total).toBe(all.total);
    const page = await listDocuments(w.store, w.approver, { limit: 2, offset: 1 });
    expect(page.items.map((d) => d.id)).toEqual(all.items.slice(1, 3).map((d) => d.id));
  });

  it("keeps comments, history and files of the current revision", async () => {
    const id = await draft(w);
    expect((await addComment(w.store, w.approver, id, "Đề nghị bổ sung căn cứ.")).ok).toBe(true);
    const stored = await setDocumentFiles(w.store, w.drafter, id, 1, [{ format: "pdf", data: new TextEncoder().encode("%PDF-1.7 thử") }]);
    expect(stored.ok).toBe(true);
    expect((await setDocumentFiles(w.store, w.drafter, id, 7, [{ format: "pdf", data: new Uint8Array([1]) }])).issues[0]?.code).toBe("stale_revision");
    const file = await getDocumentFile(w.store, w.drafter, id, "pdf");
    expect(file.ok && Buffer.from(file.value.data).toString()).toBe("%PDF-1.7 thử");
    expect(file.ok && file.value.current).toBe(true);
    const doc = await getDocument(w.store, w.drafter, id);
    expect(doc.ok && doc.value.comments.map((c) => c.body)).toEqual(["Đề nghị bổ sung căn cứ."]);
    expect(doc.ok && doc.value.files).toMatchObject([{ format: "pdf", revision: 1 }]);
    const trail = await auditTrail(w.store, w.drafter, id);
    expect(trail.ok && trail.value.map((e) => e.action)).toEqual(["create", "comment"]);
  });
}

describe("roles and units on SQLite", () => access(() => sqliteStore()));
describePg("roles and units on PostgreSQL", (url) => access(() => pgStore(url)));
