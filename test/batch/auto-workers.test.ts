// `--workers auto`: the thread count chosen from given machine facts and batch sizes, with the measured costs.
import { describe, expect, it } from "vitest";
import { chooseWorkers, freeCores, MEASURED_COSTS, memoryCap, predictSeconds, type MachineFacts } from "../../src/pipeline/auto-workers.js";

const machine = (cores: number, load = 0, availableMb = 16_000): MachineFacts => ({ cores, load, availableMb });

describe("predictSeconds", () => {
  it("gives one worker the measured render-thread time: 2,000 pairs in about 8.4 s", () => {
    expect(predictSeconds(2000, 1, 2)).toBeCloseTo(8.45, 2);
  });

  it("makes two workers on two busy cores slower than one: the split costs CPU the cores do not have", () => {
    expect(predictSeconds(2000, 2, 1)).toBeGreaterThan(predictSeconds(2000, 1, 1) * 1.15);
  });

  it("is bounded by the main thread's share however many workers render", () => {
    expect(predictSeconds(100_000, 64, 64)).toBeCloseTo((100_000 * MEASURED_COSTS.mainMs) / 1000, 5);
  });
});

describe("chooseWorkers", () => {
  it("keeps one thread on two cores, idle or busy, small batch or large: a second worker gains under 10 % for 80 MB", () => {
    for (const load of [0, 1, 8]) for (const n of [10, 2000, 100_000]) expect(chooseWorkers(n, machine(2, load)), `${n} at load ${load}`).toBe(1);
  });

  it("renders a handful of records on one thread even with many cores: starting more costs more than it saves", () => {
    expect(chooseWorkers(1, machine(16))).toBe(1);
    expect(chooseWorkers(8, machine(16))).toBe(1);
    expect(chooseWorkers(0, machine(16))).toBe(1);
  });

  it("uses the free cores of a bigger machine", () => {
    expect(chooseWorkers(2000, machine(4))).toBe(3);
    expect(chooseWorkers(2000, machine(8))).toBe(5);
  });

  it("takes fewer threads when other programs keep the cores busy", () => {
    expect(chooseWorkers(2000, machine(4, 1))).toBe(2);
    expect(chooseWorkers(2000, machine(4, 3))).toBe(1);
    expect(chooseWorkers(2000, machine(8, 3))).toBe(3);
  });

  it("stops where the main thread becomes the limit: 7 of 16 idle cores for 100,000 records", () => {
    expect(chooseWorkers(100_000, machine(16))).toBe(7);
  });

  it("starts no more workers than the free memory holds beside a one-worker batch", () => {
    expect(memoryCap(machine(8, 0, 400))).toBe(3);
    expect(chooseWorkers(100_000, machine(8, 0, 400))).toBe(3);
    expect(chooseWorkers(100_000, machine(8, 0, 100))).toBe(1);
  });

  it("counts at least half a core free on a machine loaded past its cores", () => {
    expect(freeCores(machine(2, 9))).toBe(0.5);
    expect(freeCores(machine(4, 1.5))).toBe(2.5);
  });
});
