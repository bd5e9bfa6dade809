// Spreadsheet dates: Excel date cells, serial numbers (1900 bug, 1904 system), dd/mm/yyyy and ISO text.
import { describe, expect, it } from "vitest";
import { ingestFile, isoOfSerial } from "../../src/ingest/index.js";
import { memoryIo } from "./memory-io.js";
import { decisionBook, personRow } from "./sheet-fixtures.js";

const birthDates = async (cells: unknown[], formats?: Record<string, Record<string, string>>) => {
  const bytes = await decisionBook(cells.map((c, i) => personRow(1, `Người ${i + 1}`, c)), formats ? { formats } : {});
  const r = await ingestFile("a.xlsx", memoryIo({ "a.xlsx": bytes }));
  expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  const people = (r.records[0]!.data as { people: Array<{ birthDate: unknown }> }).people;
  return people.map((p) => p.birthDate);
};

describe("Excel serial numbers", () => {
  it("counts from 1/1/1900 with Excel's phantom 29/02/1900", () => {
    expect(isoOfSerial(1, false)).toBe("1900-01-01");
    expect(isoOfSerial(59, false)).toBe("1900-02-28");
    expect(isoOfSerial(60, false)).toBeUndefined();
    expect(isoOfSerial(61, false)).toBe("1900-03-01");
    expect(isoOfSerial(25569, false)).toBe("1970-01-01");
    expect(isoOfSerial(44927, false)).toBe("2023-01-01");
    expect(isoOfSerial(44927.75, false)).toBe("2023-01-01");
  });

  it("counts from 1/1/1904 in the 1904 date system", () => {
    expect(isoOfSerial(0, true)).toBe("1904-01-01");
    expect(isoOfSerial(43465, true)).toBe("2023-01-01");
  });

  it("refuses serials outside the calendar", () => {
    expect(isoOfSerial(0, false)).toBeUndefined();
    expect(isoOfSerial(-5, false)).toBeUndefined();
    expect(isoOfSerial(2_958_466, false)).toBeUndefined(); // after 31/12/9999, and after 2200 anyway
  });
});

describe("date cells in a workbook", () => {
  it("reads a real date cell", async () => {
    expect(await birthDates([new Date(Date.UTC(1985, 2, 12))])).toEqual(["1985-03-12"]);
  });

  it("reads a serial number in a date column, formatted or not", async () => {
    // 31118 is 12/03/1985 in Excel's 1900 system.
    expect(await birthDates([31118])).toEqual(["1985-03-12"]);
    expect(await birthDates([31118], { [ "Danh sách cán bộ luân chuyển"]: { D: "dd/mm/yyyy" } })).toEqual(["1985-03-12"]);
  });

  it("reads typed text: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, ISO, ISO with a time", async () => {
    expect(await birthDates(["12/03/1985", "2/3/1985", "12-03-1985", "1985-03-12", "1985-03-12T00:00:00.000Z", " 12/03/1985 "])).toEqual([
      "1985-03-12", "1985-03-02", "1985-03-12", "1985-03-12", "1985-03-12", "1985-03-12",
    ]);
  });

  it("leaves an impossible date for the schema, which names the cell", async () => {
    const bytes = await decisionBook([personRow(1, "Người 1", "31/02/1985")]);
    const r = await ingestFile("can-bo.xlsx", memoryIo({ "can-bo.xlsx": bytes }));
    expect((r.records[0]!.data as { people: Array<{ birthDate: unknown }> }).people[0]!.birthDate).toBe("31/02/1985");
  });
});
