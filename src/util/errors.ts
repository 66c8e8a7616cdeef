/** Machine-readable kinds of failure. */
export type ErrorCode =
  | "CONFIG_INVALID"
  | "CORPUS_UNREADABLE"
  | "SNAPSHOT_INVALID"
  | "INPUT_INVALID"
  | "NOT_FOUND"
  | "STORE_FAILED"
  | "PLATFORM_FAILED"
  | "FETCH_FAILED"
  | "FEED_INVALID"
  | "INTERNAL";

/** The project's one error type: a code, a message reading `subject: what failed`, a cause. */
export class DiemtinError extends Error {
  override readonly name = "DiemtinError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Whether a value is a DiemtinError (optionally of one code). */
export function isDiemtinError(value: unknown, code?: ErrorCode): value is DiemtinError {
  return value instanceof DiemtinError && (code === undefined || value.code === code);
}
