import type { Logger } from "../util/logger.ts";

/** Things to stop, stopped last-in first-out; a failing stop is logged and the rest still run. */
export interface StopStack {
  /** Adds a stop, run before every stop added earlier. */
  push(stop: () => Promise<void> | void): void;
  /** Runs the stops added so far, newest first; safe to call twice (later calls run what was added since). */
  stopAll(): Promise<void>;
}

/** Creates an empty stop stack logging failures as `app: a service did not stop cleanly`. */
export function createStopStack(logger: Logger): StopStack {
  const stops: Array<() => Promise<void> | void> = [];
  return {
    push: (stop) => {
      stops.push(stop);
    },
    async stopAll() {
      for (const stop of stops.splice(0).reverse()) {
        try {
          await stop();
        } catch (error) {
          logger.error({ err: error }, "app: a service did not stop cleanly");
        }
      }
    },
  };
}
