import type { webApi } from "@slack/bolt";
import type { Probe } from "../ops/platform-probe.ts";
import { scrubSecrets } from "./bolt-logger.ts";

/** The readiness probe: asks the Web API auth.test once through `client`, within the probe's deadline, secrets masked in errors. */
export function createAuthTestProbe(client: webApi.WebClient, secrets: readonly string[]): Probe {
  return async (signal) => {
    signal.throwIfAborted();
    const aborted = new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));
    try {
      await Promise.race([client.auth.test(), aborted]);
    } catch (error) {
      if (signal.aborted) throw error;
      const detail = error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error);
      throw new Error(scrubSecrets(`auth.test: ${detail}`, secrets));
    }
  };
}
