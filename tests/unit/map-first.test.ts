// The overview's charts load after its map (components/ui/map-first.ts): at once on a page without a
// map, when the map has drawn on a page with one, and after MAP_FIRST_MS if the map never does.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type MapFirst = typeof import("@/components/ui/map-first");
const load = async (): Promise<MapFirst> => {
  vi.resetModules();
  return import("@/components/ui/map-first");
};
/** A page whose shell asked for the map, and a chart that has started waiting for it. */
async function chartWaitingForMap() {
  const m = await load();
  m.expectMap();
  return { m, waiting: m.afterMap() };
}
/** Whether the promise has resolved after the pending microtasks ran. */
async function isDone(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe("charts after the map", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal("window", {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("loads at once on a page without a map", async () => {
    const m = await load();
    expect(await isDone(m.afterMap())).toBe(true);
  });

  it("waits for the map on a page whose shell asked for one, and no longer once it has drawn", async () => {
    const { m, waiting } = await chartWaitingForMap();
    await vi.advanceTimersByTimeAsync(m.MAP_FIRST_MS - 100);
    expect(await isDone(waiting)).toBe(false);
    m.mapSettled();
    expect(await isDone(waiting)).toBe(true);
    // A later chart (another filter, another page) does not wait again.
    expect(await isDone(m.afterMap())).toBe(true);
  });

  it("gives up waiting after MAP_FIRST_MS when the map never draws", async () => {
    const { m, waiting } = await chartWaitingForMap();
    await vi.advanceTimersByTimeAsync(m.MAP_FIRST_MS - 1);
    expect(await isDone(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isDone(waiting)).toBe(true);
  });

  it("never waits on the server", async () => {
    vi.unstubAllGlobals();
    const m = await load();
    m.expectMap();
    expect(await isDone(m.afterMap())).toBe(true);
  });
});
