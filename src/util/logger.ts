import pino from "pino";

/** The structured logger every module receives (pino's interface, narrowed). */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

// NOTE: secrets must never reach the log; these paths are censored wherever they appear.
const REDACT = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "signingSecret",
  "*.signingSecret",
  "appToken",
  "*.appToken",
  "secret",
  "*.secret",
];

/** Creates the process logger: JSON lines on stderr so stdout stays for answers. */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    { level: options.level ?? "info", redact: { paths: REDACT, censor: "[redacted]" }, base: undefined },
    (options.destination as pino.DestinationStream | undefined) ?? pino.destination(2),
  );
}

/** A logger that drops everything, for tests and quiet CLI runs. */
export function createSilentLogger(): Logger {
  return pino({ level: "silent" });
}
