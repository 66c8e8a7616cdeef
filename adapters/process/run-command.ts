import { isDiemtinError } from "../../src/index.ts";

/** Exit status of a usage error (bad arguments or input). */
export const EXIT_USAGE = 2;
/** Exit status of a start-up or run failure. */
export const EXIT_FAILURE = 1;

/** Whether an error is the caller's mistake (bad arguments or input) rather than a failure. */
export function isUsageError(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  return code.startsWith("ERR_PARSE_ARGS") || isDiemtinError(error, "INPUT_INVALID");
}

/** One line saying what failed: the message, and the cause's message for project errors. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = isDiemtinError(error) && error.cause instanceof Error && !error.message.includes(error.cause.message) ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`.replace(/\s*\n\s*/g, " ");
}

/**
 * Runs a command-line entry point. A failure ends the process with one line on stderr,
 * `<name>: <what failed>`, never a stack trace: exit status 2 for a usage error (a hint
 * follows when `usage` is given), 1 for anything else.
 */
export function runCommand(name: string, main: () => Promise<void> | void, usage?: string): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      const isUsage = isUsageError(error);
      const line = describeFailure(error);
      process.stderr.write(`${line.startsWith(`${name}:`) ? line : `${name}: ${line}`}\n${isUsage && usage ? `${usage}\n` : ""}`);
      process.exit(isUsage ? EXIT_USAGE : EXIT_FAILURE);
    });
}
