import type { Probe } from "../ops/platform-probe.ts";
import { redactSecrets } from "./safe-error.ts";

/** The readiness probe: asks the Bot API getMe directly, without retries, secrets masked in errors. */
export function createGetMeProbe(apiRoot: string, token: string, secrets: readonly string[]): Probe {
  return async (signal) => {
    let response: Response;
    try {
      response = await fetch(`${apiRoot}/bot${token}/getMe`, { signal });
    } catch (error) {
      if (signal.aborted) throw error;
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
      throw new Error(redactSecrets(`getMe: ${error instanceof Error ? error.message : String(error)}${cause}`, secrets));
    }
    const body = (await response.json().catch(() => null)) as { ok?: boolean; description?: string } | null;
    if (!body?.ok) throw new Error(redactSecrets(`getMe: ${response.status} ${body?.description ?? response.statusText}`, secrets));
  };
}
