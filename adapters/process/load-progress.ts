import type { LoadProgress, Logger, ProgressListener } from "../../src/index.ts";

/** Where start-up progress goes: a terminal line rewritten in place, or the log. */
export interface LoadProgressTarget {
  /** The stream a terminal line is written to (stderr); its `isTTY` chooses the line over the log. */
  readonly stream: { readonly isTTY?: boolean; write(text: string): unknown };
  readonly logger: Logger;
  /** Milliseconds since some origin (tests pass a fake one). */
  readonly now?: () => number;
}

// NOTE: short loads show nothing; a terminal line is redrawn at most this often, the log written
// at most every LOG_EVERY_MS.
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 200;
const LOG_EVERY_MS = 10_000;

function describe(progress: LoadProgress): string {
  return progress.stage === "files"
    ? `corpus: ${progress.done}/${progress.total} files checked, ${progress.parsed} parsed`
    : `corpus: ${progress.done}/${progress.total} articles indexed`;
}

/**
 * A progress listener for a long corpus load: on a terminal one line redrawn in place (ended
 * with `finish`), otherwise an info log line now and then. Nothing for a load under a second.
 */
export function createLoadProgress(target: LoadProgressTarget): { readonly onProgress: ProgressListener; finish(): void } {
  const now = target.now ?? (() => performance.now());
  const started = now();
  const tty = target.stream.isTTY === true;
  let last = -Infinity;
  let drawn = false;
  return {
    onProgress(progress) {
      const at = now();
      const end = progress.done >= progress.total;
      if (at - started < SHOW_AFTER_MS) return;
      if (tty) {
        if (!end && at - last < REDRAW_MS) return;
        last = at;
        drawn = true;
        target.stream.write(`\r\u001b[2K${describe(progress)}`);
        return;
      }
      if (!end && at - last < LOG_EVERY_MS) return;
      last = at;
      target.logger.info({ stage: progress.stage, done: progress.done, total: progress.total, parsed: progress.parsed }, "corpus: loading");
    },
    finish() {
      if (drawn) target.stream.write("\n");
      drawn = false;
    },
  };
}
