// The batch process's heap growing factor: set unless the user chose one.
import { describe, expect, it } from "vitest";
import { HEAP_GROWING_PERCENT, heapFlag, tuneHeapForBatch } from "../../src/pipeline/heap.js";

describe("heapFlag", () => {
  it("asks V8 to let the old generation grow to twice what survived by default", () => {
    expect(HEAP_GROWING_PERCENT).toBe(100);
    expect(heapFlag([], undefined)).toBe("--heap-growing-percent=100");
    expect(heapFlag(["--import", "tsx", "--max-old-space-size=4096"], "--enable-source-maps")).toBe("--heap-growing-percent=100");
  });

  it("leaves a factor the user chose on the command line or in NODE_OPTIONS", () => {
    expect(heapFlag(["--heap-growing-percent=300"], undefined)).toBeUndefined();
    expect(heapFlag(["--heap-growing-percent", "300"], undefined)).toBeUndefined();
    expect(heapFlag([], "--enable-source-maps --heap-growing-percent=50")).toBeUndefined();
    expect(heapFlag([], "--heap_growing_percent=50")).toBeUndefined();
  });

  it("is not fooled by a similar flag", () => {
    expect(heapFlag(["--heap-growing-percentage-report"], "--max-heap-size=100")).toBe("--heap-growing-percent=100");
  });
});

describe("tuneHeapForBatch", () => {
  it("sets the flag for a batch in this thread (V8 accepts it at run time)", () => {
    expect(tuneHeapForBatch(1)).toBe(heapFlag(process.execArgv, process.env.NODE_OPTIONS));
  });

  it("leaves worker threads to their resource limits", () => {
    expect(tuneHeapForBatch(2)).toBeUndefined();
    expect(tuneHeapForBatch(8)).toBeUndefined();
  });
});
