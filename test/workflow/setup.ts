// A service world for workflow tests: two units, users of every role, and a decision record (invented people).
import type { Store } from "../../src/store/index.js";
import { actorForUser, addUnit, addUser, createDocument, performAction, type Action, type Actor } from "../../src/workflow/index.js";
import { loadRecord } from "../helpers/samples.js";

export interface World {
  store: Store;
  unitA: string;
  unitB: string;
  drafter: Actor;
  drafter2: Actor;
  approver: Actor;
  registrar: Actor;
  admin: Actor;
  otherDrafter: Actor;
  otherRegistrar: Actor;
}

const by = { userId: "cli:test", unitId: null };

async function user(store: Store, username: string, unitCode: string, role: string): Promise<Actor> {
  const r = await addUser(store, by, { username, unitCode, role, password: `mật khẩu của ${username}` });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return (await actorForUser(store, r.value.id))!;
}

export async function makeWorld(store: Store): Promise<World> {
  const a = await addUnit(store, by, { code: "UBND-TH", name: "Ủy ban nhân dân tỉnh Thanh Hóa", profile: "nd30", symbol: "UBND" });
  const b = await addUnit(store, by, { code: "UBND-NA", name: "Ủy ban nhân dân tỉnh Nghệ An", profile: "nd30", symbol: "UBND" });
  if (!a.ok || !b.ok) throw new Error("units");
  return {
    store, unitA: a.value.id, unitB: b.value.id,
    drafter: await user(store, "chuyenvien", "UBND-TH", "drafter"),
    drafter2: await user(store, "chuyenvien2", "UBND-TH", "drafter"),
    approver: await user(store, "lanhdao", "UBND-TH", "approver"),
    registrar: await user(store, "vanthu", "UBND-TH", "registrar"),
    admin: await user(store, "quantri", "UBND-TH", "admin"),
    otherDrafter: await user(store, "chuyenvien-na", "UBND-NA", "drafter"),
    otherRegistrar: await user(store, "vanthu-na", "UBND-NA", "registrar"),
  };
}

export const decision = (): Record<string, unknown> => loadRecord("inputs/nd30/dieu-dong-mot-nguoi.json");

export async function draft(w: World, by: Actor = w.drafter): Promise<string> {
  const r = await createDocument(w.store, by, { kind: "rotation-decision", record: decision(), profile: "nd30" });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.id;
}

/** Who performs each action when a test walks a document along the happy path. */
export const performer = (w: World, a: Action): Actor =>
  ({ submit: w.drafter, approve: w.approver, return: w.approver, sign: w.approver, number: w.registrar, issue: w.registrar, cancel: w.approver, revoke: w.registrar })[a];

/** Walks a new draft through the actions; each must succeed. */
export async function walk(w: World, actions: Action[], o: { now?: Date } = {}): Promise<string> {
  const id = await draft(w);
  for (const a of actions) {
    const r = await performAction(w.store, performer(w, a), id, a, { comment: "Lý do: cần bổ sung căn cứ.", now: o.now });
    if (!r.ok) throw new Error(`${a}: ${JSON.stringify(r.issues)}`);
  }
  return id;
}
