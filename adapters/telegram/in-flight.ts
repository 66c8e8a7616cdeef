import type { Context, MiddlewareFn } from "grammy";

/** The updates still being handled: a middleware that tracks each one, and a wait for them all. */
export interface InFlight {
  readonly middleware: MiddlewareFn<Context>;
  /** Resolves once every update taken in so far has been handled (whatever its outcome). */
  settled(): Promise<void>;
}

/**
 * Creates the tracker of updates in flight.
 *
 * NOTE: the runner's stop() does not wait for middleware still running, and the webhook server
 * only for its HTTP answer; the adapter's stop() waits here so no reply is cut off.
 */
export function createInFlight(): InFlight {
  const running = new Set<Promise<void>>();
  return {
    middleware(_ctx, next) {
      const task = next();
      running.add(task);
      const forget = (): void => {
        running.delete(task);
      };
      task.then(forget, forget);
      return task;
    },
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
