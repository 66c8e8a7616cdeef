/** Runs tasks one at a time per host, in arrival order; hosts proceed independently. */
export interface HostQueue {
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
}

/** Creates a per-host serializing queue. */
export function createHostQueue(): HostQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(url, task) {
      const host = new URL(url).host;
      const previous = tails.get(host) ?? Promise.resolve();
      const result = previous.then(task, task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(host, tail);
      void tail.then(() => {
        if (tails.get(host) === tail) tails.delete(host);
      });
      return result;
    },
  };
}
