// Every action from every state: the allowed ones move the document, the others answer 409-style with what is allowed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/messages/index.js";
import { ACTIONS, getDocument, performAction, type Action } from "../../src/workflow/index.js";
import { describePg } from "../helpers/pg.js";
import { pgStore, sqliteStore, type TestStore } from "../helpers/stores.js";
import { makeWorld, performer, walk, type World } from "./setup.js";

/** Written out from service.md, not taken from the code under test. */
const PATHS: Record<string, Action[]> = {
  draft: [],
  submitted: ["submit"],
  approved: ["submit", "approve"],
  signed: ["submit", "approve", "sign"],
  numbered: ["submit", "approve", "number"],
  issued: ["submit", "approve", "number", "issue"],
  cancelled: ["cancel"],
  revoked: ["submit", "approve", "number", "issue", "revoke"],
};
const ALLOWED: Record<string, Partial<Record<Action, string>>> = {
  draft: { submit: "submitted", cancel: "cancelled" },
  submitted: { approve: "approved", return: "draft", cancel: "cancelled" },
  approved: { return: "draft", sign: "signed", number: "numbered", cancel: "cancelled" },
  signed: { number: "numbered", cancel: "cancelled" },
  numbered: { issue: "issued" },
  issued: { revoke: "revoked" },
  cancelled: {},
  revoked: {},
};

function stateMachine(open: () => Promise<TestStore>) {
  let t: TestStore;
  let w: World;
  beforeAll(async () => {
    t = await open();
    w = await makeWorld(t.store);
  });
  afterAll(() => t.cleanup());

  for (const [state, path] of Object.entries(PATHS)) {
    for (const action of ACTIONS) {
      const to = ALLOWED[state]![action];
      it(`${state} --${action}--> ${to ?? "refused"}`, async () => {
        const id = await walk(w, path);
        const r = await performAction(w.store, performer(w, action), id, action, { comment: "Lý do: sai thể thức." });
        const after = await getDocument(w.store, w.drafter, id);
        if (!after.ok) throw new Error("document vanished");
        if (to) {
          expect(r.ok, JSON.stringify(r.issues)).toBe(true);
          expect(after.value.state).toBe(to);
          expect(after.value.history.at(-1)).toMatchObject({ action, fromState: state, toState: to });
        } else {
          expect(r.ok).toBe(false);
          expect(r.issues[0]).toMatchObject({ code: "action_not_allowed", params: { action, state } });
          expect(after.value.state).toBe(state);
          expect(after.value.history).toHaveLength(path.length + 1);
        }
      });
    }
  }

  it("names what is allowed now, in Vietnamese", async () => {
    const id = await walk(w, ["submit"]);
    const r = await performAction(w.store, w.approver, id, "sign", {});
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.params.allowed).toBe("approve,return,cancel");
    expect(formatIssue(r.issues[0]!)).toBe(
      'Lỗi: Văn bản đang ở trạng thái "đã trình" nên không thể ký. Lúc này bạn chỉ có thể: "duyệt", "trả lại", "hủy".',
    );
  });

  it("return and revoke need a reason; cancel does not", async () => {
    const id = await walk(w, ["submit"]);
    const r = await performAction(w.store, w.approver, id, "return", { comment: "  " });
    expect(r.issues[0]).toMatchObject({ code: "comment_required" });
    expect(formatIssue(r.issues[0]!)).toBe("Lỗi: Cần ghi lý do khi trả lại văn bản. Hãy ghi lý do vào ô ý kiến.");
    const back = await performAction(w.store, w.approver, id, "return", { comment: "Bổ sung căn cứ pháp lý." });
    expect(back.ok && back.value.state).toBe("draft");
    const detail = await getDocument(w.store, w.drafter, id);
    expect(detail.ok && detail.value.history.at(-1)?.comment).toBe("Bổ sung căn cứ pháp lý.");
    expect((await performAction(w.store, w.drafter, id, "cancel")).ok).toBe(true);
  });
}

describe("state machine on SQLite", () => stateMachine(() => sqliteStore()));
describePg("state machine on PostgreSQL", (url) => stateMachine(() => pgStore(url)));
