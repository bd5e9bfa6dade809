// Numbering across processes: 200 concurrent `number` calls on two serve processes over PostgreSQL give 01…200 once each;
// a server killed (SIGKILL) in a burst leaves no gap, no duplicate and no entry without its numbered document.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractPdfText } from "../helpers/pdf-text.js";
import { describePg, freshPgDatabase } from "../helpers/pg.js";
import { openStore, type Store, type StoreOptions } from "../../src/store/index.js";
import { approvedDocuments } from "../helpers/approved.js";
import { serveProcess } from "./process.js";

const { number: _n, ...record } = JSON.parse(readFileSync("inputs/nd30/dieu-dong-mot-nguoi.json", "utf8")) as Record<string, unknown>;
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "cadre-num-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const numberAt = (url: string, id: string, token: string) =>
  fetch(`${url}/api/documents/${id}/actions/number`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: "{}" });

/** Every register entry with its document: numbers in order, and the document's own number and state. */
async function entries(store: Store) {
  return store.db.selectFrom("register_entries").innerJoin("documents", "documents.id", "register_entries.document_id")
    .select(["register_entries.number as entry", "documents.number as number", "documents.state as state", "documents.id as id"])
    .orderBy("register_entries.number").execute();
}

describePg("numbering with two serve processes on PostgreSQL", (serverUrl) => {
  it("gives 200 concurrent number calls 01…200 once each", { timeout: 240_000 }, async () => {
    const db = await freshPgDatabase(serverUrl);
    try {
      const { ids, token } = await approvedDocuments({ databaseUrl: db.url }, 200, () => record);
      const a = await serveProcess(["--db", db.url, "--data", tempDir(), "--port", "18082"]);
      const b = await serveProcess(["--db", db.url, "--data", tempDir(), "--port", "18083"]);
      try {
        const answers = await Promise.all(ids.map((id, i) => numberAt(i % 2 ? b.url : a.url, id, token).then(async (r) => ({ status: r.status, body: (await r.json()) as { number: number; numberText: string } }))));
        expect(answers.filter((x) => x.status !== 200)).toEqual([]);
        expect(answers.map((x) => x.body.number).sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
        expect(new Set(answers.map((x) => x.body.numberText)).size).toBe(200);
      } finally {
        a.child.kill("SIGTERM");
        b.child.kill("SIGTERM");
        await Promise.all([a.exited, b.exited]);
      }
      const store = await openStore({ databaseUrl: db.url, dataDir: tempDir() });
      const rows = await entries(store);
      await store.close();
      expect(rows.map((r) => Number(r.entry))).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect(rows.every((r) => Number(r.number) === Number(r.entry) && r.state === "numbered")).toBe(true);
    } finally {
      await db.drop();
    }
  });
});

/** Kills a server (SIGKILL) in a burst of numbering; checks the register, restarts, numbers the rest and reads a file. */
async function killDuringBurst(options: StoreOptions, serveArgs: string[], port: string): Promise<void> {
  // Group commit numbers up to 100 waiting requests per transaction: 300 documents keep the burst going when the kill comes.
  const { ids, token } = await approvedDocuments(options, 300, () => record);
  const first = await serveProcess([...serveArgs, "--port", port]);
  let ok = 0;
  const burst = ids.map((id) => numberAt(first.url, id, token).then((r) => void (r.status === 200 && ok++), () => undefined));
  while (ok < 1) await new Promise((r) => setTimeout(r, 1));
  first.child.kill("SIGKILL");
  await Promise.allSettled(burst);
  expect((await first.exited).signal).toBe("SIGKILL");

  const store = await openStore(options);
  const rows = await entries(store);
  await store.close();
  expect(rows.length).toBeGreaterThanOrEqual(ok);
  expect(rows.length).toBeLessThan(ids.length);
  expect(rows.map((r) => Number(r.entry))).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
  expect(rows.every((r) => Number(r.number) === Number(r.entry) && r.state === "numbered")).toBe(true);

  const again = await serveProcess([...serveArgs, "--port", port]);
  try {
    const numbered = new Set(rows.map((r) => r.id));
    const rest = await Promise.all(ids.filter((id) => !numbered.has(id)).map((id) => numberAt(again.url, id, token).then((r) => r.status)));
    expect(rest.every((s) => s === 200)).toBe(true);
    // The last document numbered before the kill may have died before its files were rendered: they render now.
    const last = rows.at(-1)!;
    const pdf = await fetch(`${again.url}/api/documents/${last.id}/files/pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(pdf.status).toBe(200);
    const text = (await extractPdfText(new Uint8Array(await pdf.arrayBuffer()))).pages[0]!.items.map((i) => i.str).join(" ");
    expect(text).toMatch(new RegExp(`Số:\\s*${String(last.entry).padStart(2, "0")}/QĐ-UBND`));
  } finally {
    again.child.kill("SIGTERM");
    await again.exited;
  }
  const after = await openStore(options);
  const all = await entries(after);
  await after.close();
  expect(all.map((r) => Number(r.entry))).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
}

describe("a server killed during a burst of numbering (SQLite)", () => {
  it("leaves no gap, no duplicate and every entry's document numbered; after restart numbering goes on and files render on demand", { timeout: 400_000 }, async () => {
    const data = tempDir();
    await killDuringBurst({ dataDir: data }, ["--data", data], "18084");
  });
});

describePg("a server killed during a burst of numbering (PostgreSQL)", (serverUrl) => {
  it("leaves no gap, no duplicate and every entry's document numbered; after restart numbering goes on", { timeout: 400_000 }, async () => {
    const db = await freshPgDatabase(serverUrl);
    try {
      const data = tempDir();
      await killDuringBurst({ databaseUrl: db.url, dataDir: data }, ["--db", db.url, "--data", data], "18085");
    } finally {
      await db.drop();
    }
  });
});
