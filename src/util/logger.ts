import pino from "pino";
import { prettyFactory } from "pino-pretty";

/** The structured logger every module receives (pino's interface, narrowed). */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/** How log lines look: JSON for machines, one readable line each for people. */
export type LogFormat = "json" | "pretty";

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

/** Options of `createLogger`. */
export interface LoggerOptions {
  readonly level?: string;
  /** Where lines go; stderr when absent. */
  readonly destination?: NodeJS.WritableStream;
  /** JSON or pretty; when absent, pretty on a terminal (stderr a TTY, no destination), else JSON. */
  readonly format?: LogFormat | null;
}

/** Turns JSON log lines into readable ones: time, level, message, then the fields. */
export function createPrettyFormatter(options: { readonly colorize: boolean }): (jsonLine: string) => string {
  return prettyFactory({ colorize: options.colorize, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname", singleLine: true });
}

/** A stream that writes each JSON log line to `target` in the pretty format. */
export function createPrettyStream(target: NodeJS.WritableStream, options: { readonly colorize: boolean }): pino.DestinationStream {
  const format = createPrettyFormatter(options);
  return {
    write(line: string) {
      target.write(format(line));
    },
  };
}

/**
 * A destination that stops writing for good after its first write error: once stderr's reader
 * is gone (EPIPE), logging costs nothing and never loops, so signals are still handled.
 */
export function closingOnError(destination: pino.DestinationStream & Partial<Pick<NodeJS.EventEmitter, "on">>): pino.DestinationStream {
  let broken = false;
  destination.on?.("error", () => {
    broken = true;
  });
  return {
    write(chunk: string) {
      if (broken) return;
      try {
        destination.write(chunk);
      } catch {
        broken = true;
      }
    },
  };
}

/**
 * Creates the process logger on stderr so stdout stays for answers: JSON lines (time and
 * level as numbers, for log collectors) or, at a terminal or with `format: "pretty"`, one
 * readable line each.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const format = options.format ?? (options.destination === undefined && process.stderr.isTTY ? "pretty" : "json");
  const target = options.destination ?? process.stderr;
  const destination =
    format === "pretty"
      ? createPrettyStream(target, { colorize: options.destination === undefined && Boolean(process.stderr.isTTY) })
      : ((options.destination as pino.DestinationStream | undefined) ?? pino.destination(2));
  return pino({ level: options.level ?? "info", redact: { paths: REDACT, censor: "[redacted]" }, base: undefined }, closingOnError(destination));
}

/** A logger that drops everything, for tests and quiet CLI runs. */
export function createSilentLogger(): Logger {
  return pino({ level: "silent" });
}
