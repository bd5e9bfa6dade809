// A unit (TH, nd30) with N approved rotation decisions and a registrar's bearer token: the set-up of every numbering burst (tests and bench).
import { openStore, type StoreOptions } from "../../src/store/index.js";
import { addToken, addUnit, createDocument, performAction, type Actor } from "../../src/workflow/index.js";

/** `recordOf(i)` gives the i-th record (without a number); documents are made by one drafter and approved by one approver. */
export async function approvedDocuments(options: StoreOptions, count: number, recordOf: (i: number) => Record<string, unknown>): Promise<{ ids: string[]; token: string }> {
  const store = await openStore(options);
  try {
    const by = { userId: "cli:setup", unitId: null };
    const unit = await addUnit(store, by, { code: "TH", name: "Ủy ban nhân dân tỉnh Thanh Hóa", profile: "nd30", symbol: "UBND" });
    const token = await addToken(store, by, { unitCode: "TH", role: "registrar" });
    if (!unit.ok || !token.ok) throw new Error("set-up of the unit or the token failed");
    const drafter: Actor = { userId: "u-drafter", unitId: unit.value.id, roles: ["drafter"] };
    const approver: Actor = { userId: "u-approver", unitId: unit.value.id, roles: ["approver"] };
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const d = await createDocument(store, drafter, { kind: "rotation-decision", record: recordOf(i) });
      if (!d.ok) throw new Error(`document ${i + 1} was not created`);
      await performAction(store, drafter, d.value.id, "submit");
      await performAction(store, approver, d.value.id, "approve");
      ids.push(d.value.id);
    }
    return { ids, token: token.value.token };
  } finally {
    await store.close();
  }
}
