import { describe, expect, it } from "vitest";
import { createStopStack } from "../../src/app/index.ts";
import { createRecordingLogger } from "../fixtures/seeds.ts";

describe("createStopStack", () => {
  it("returns after running the stops newest first, logging a failing one and still running the rest", async () => {
    const logger = createRecordingLogger();
    const stops = createStopStack(logger);
    const ran: string[] = [];
    stops.push(() => {
      ran.push("store");
    });
    stops.push(async () => {
      ran.push("live");
      throw new Error("live: watcher did not close");
    });
    stops.push(async () => {
      ran.push("digest");
    });
    await stops.stopAll();
    expect(ran).toEqual(["digest", "live", "store"]);
    expect(logger.entries.filter((entry) => entry.level === "error").map((entry) => entry.msg)).toEqual(["app: a service did not stop cleanly"]);
  });

  it("returns without running a stop twice when stopAll is called again, running only stops added since", async () => {
    const stops = createStopStack(createRecordingLogger());
    const ran: string[] = [];
    stops.push(() => {
      ran.push("first");
    });
    await stops.stopAll();
    stops.push(() => {
      ran.push("second");
    });
    await stops.stopAll();
    await stops.stopAll();
    expect(ran).toEqual(["first", "second"]);
  });
});
