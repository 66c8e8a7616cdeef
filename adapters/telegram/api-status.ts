import { HttpError, type Transformer } from "grammy";
import type { PlatformStatus } from "../ops/platform-status.ts";
import { redactSecrets } from "./safe-error.ts";

/**
 * An API transformer telling the platform status of every Bot API answer and network failure.
 *
 * NOTE: installed first, so it sees every attempt (auto-retry retries network errors silently).
 */
export function statusTransformer(status: Pick<PlatformStatus, "reached" | "failed"> | undefined, secrets: readonly string[]): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      // NOTE: a 5xx, or a token Telegram does not know (401/404), is no working platform.
      if (result.ok || (result.error_code < 500 && result.error_code !== 401 && result.error_code !== 404)) status?.reached();
      else status?.failed(redactSecrets(`${method}: ${result.error_code} ${result.description}`, secrets));
      return result;
    } catch (error) {
      if (error instanceof HttpError && !signal?.aborted) status?.failed(redactSecrets(`${error.message}: ${String(error.error)}`, secrets));
      throw error;
    }
  };
}
