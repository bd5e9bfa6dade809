// The library's result shape: public fields only unless the caller asks for the model and layout.
import { describe, expect, it } from "vitest";
import { renderDocument } from "../src/index.js";
import { FIXED_NOW, loadRecord } from "./helpers/samples.js";

describe("renderDocument", () => {
  const record = () => loadRecord("inputs/party/luan-chuyen-mot-nguoi.json");

  it("returns kind, version, profile, facts, pages and files, without the internal model and layout", async () => {
    const r = await renderDocument(record(), { formats: ["pdf"], now: FIXED_NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value).sort()).toEqual(["facts", "files", "kind", "pages", "profile", "version"]);
    expect(r.value).toMatchObject({ kind: "rotation-decision", version: "qd65-2022", profile: "party", pages: 1 });
    expect(Object.keys(r.value.files)).toEqual(["pdf"]);
  });

  it("keeps the model and the layout with `internals: true`", async () => {
    const r = await renderDocument(record(), { formats: [], now: FIXED_NOW, internals: true });
    expect(r.ok && r.value.model.blocks.length > 0 && r.value.laid !== undefined).toBe(true);
  });
});
