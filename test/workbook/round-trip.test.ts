// Round trip for every kind: the sample as JSON/YAML, and the same sample through a filled form workbook,
// give the same documents (model JSON and PDF text).
import { describe, expect, it } from "vitest";
import { fillInputWorkbook, inputWorkbook, renderDocument } from "../../src/index.js";
import { listKinds, type KindDefinition } from "../../src/kinds/index.js";
import { ingestFile } from "../../src/ingest/index.js";
import { sampleRecord } from "../../src/workbook/index.js";
import { extractPdfText } from "../helpers/pdf-text.js";
import { pdfTextLines } from "../helpers/golden.js";
import { FIXED_NOW } from "../helpers/samples.js";
import { memoryIo } from "../ingest/memory-io.js";

/** The documents a record gives: itself, or a bundle's children. */
function documentsOf(kind: KindDefinition, record: unknown): unknown[] {
  if (!kind.expand) return [record];
  return kind.expand(kind.schema.parse(record)).map((c) => c.data);
}

async function rendered(record: unknown): Promise<{ model: string; pdf: string }> {
  const r = await renderDocument(record, { now: FIXED_NOW, formats: ["pdf"], internals: true });
  if (!r.ok) throw new Error(`not rendered: ${JSON.stringify(r.issues)}`);
  return { model: JSON.stringify(r.value.model, null, 1), pdf: pdfTextLines(await extractPdfText(r.value.files.pdf!)) };
}

describe("JSON sample and Excel workbook give identical documents", () => {
  // Kinds are listed when the test runs: a kind added later is covered without touching this file.
  for (const kind of listKinds().filter((k) => !k.expand)) {
    it(kind.meta.id, async () => {
      const sample = await sampleRecord(kind.meta.id);
      expect(sample, `a sample of ${kind.meta.id} in inputs/`).toBeDefined();
      const form = await inputWorkbook(kind.meta.id);
      if (!form.ok) throw new Error("no form");
      const filled = await fillInputWorkbook(form.value, [sample]);
      if (!filled.ok) throw new Error("not filled");
      const read = await ingestFile("mau.xlsx", memoryIo({ "mau.xlsx": filled.value }));
      expect(read.issues).toEqual([]);
      expect(read.records).toHaveLength(1);
      const fromSheet = read.records[0]!.data;
      expect(kind.schema.parse(fromSheet)).toEqual(kind.schema.parse(sample));
      const [want, got] = [documentsOf(kind, sample), documentsOf(kind, fromSheet)];
      expect(got).toHaveLength(want.length);
      for (let i = 0; i < want.length; i++) {
        const [a, b] = [await rendered(want[i]), await rendered(got[i])];
        expect(b.model).toBe(a.model);
        expect(b.pdf).toBe(a.pdf);
      }
    });
  }
});
