import { clearLine, cursorTo, type Interface } from "node:readline";
import { createPrettyFormatter } from "../../src/index.ts";

/** Log lines shown above the interactive console's prompt, never inside the line being typed. */
export interface PromptLog {
  /** Takes JSON log lines (a pino destination). */
  write(jsonLine: string): void;
  /** Shows lines above `prompt` from now on (on `output`); returns a function that stops it. */
  attach(prompt: Interface, output: NodeJS.WritableStream): () => void;
}

/**
 * Creates the prompt log: each line is formatted readably; while a prompt is attached the
 * typed line is cleared, the log line written, and the prompt redrawn with what was typed;
 * otherwise it goes to `fallback` (stderr).
 */
export function createPromptLog(fallback: NodeJS.WritableStream, options: { readonly colorize: boolean }): PromptLog {
  const format = createPrettyFormatter(options);
  let attached: { prompt: Interface; output: NodeJS.WritableStream } | null = null;
  return {
    write(jsonLine) {
      const text = format(jsonLine);
      if (!attached) {
        fallback.write(text);
        return;
      }
      clearLine(attached.output, 0);
      cursorTo(attached.output, 0);
      attached.output.write(text);
      attached.prompt.prompt(true);
    },
    attach(prompt, output) {
      const current = { prompt, output };
      attached = current;
      return () => {
        if (attached === current) attached = null;
      };
    },
  };
}
