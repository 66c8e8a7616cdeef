import { readFileSync } from "node:fs";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

/** A file being read whole on another thread while this one does other work. */
export interface FileAhead {
  /**
   * The file's bytes, as `readFileSync` gives them (and throwing what it throws): from the
   * other thread, waiting for it, or read here when that thread failed, fell silent or skipped
   * the file. Each call after the first reads the file here again.
   */
  take(): Uint8Array;
  /** Stops the other thread and drops what it read (a `take` afterwards reads here). */
  close(): void;
  /** Resolves once the other thread has stopped, whether it read the file or not. */
  readonly settled: Promise<void>;
}

/** How a read ahead is made. */
export interface ReadAheadOptions {
  /** The read is given up (and made here) when the other thread shows no progress for this long. */
  readonly silenceMs?: number;
  /** Read only when the file starts with these bytes (UTF-8); else `take` reads it here. */
  readonly prefix?: string;
}

// NOTE: the other thread reports progress after each chunk it reads.
const CHUNK = 16 << 20;
const SILENCE_MS = 10_000;
const PROGRESS = 0;
const DONE = 1;

// NOTE: the thread runs this plain CommonJS source (`eval`), not a module of the project:
// it then starts in tens of milliseconds, where one loading the project's TypeScript
// through tsx takes several hundred, and the read is meant to overlap a start's first work.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { openSync, fstatSync, readSync, closeSync } = require("node:fs");
const { path, prefix, port, signal, chunk } = workerData;
const state = new Int32Array(signal);
const tick = (slot) => { Atomics.add(state, slot, 1); Atomics.notify(state, slot); };
let message = { skipped: true };
let transfer = [];
try {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.from(prefix, "utf8");
    const start = Buffer.alloc(head.length);
    const got = readSync(fd, start, 0, head.length, 0);
    if (got === head.length && start.equals(head)) {
      const buffer = new ArrayBuffer(size);
      const bytes = new Uint8Array(buffer);
      let at = 0;
      while (at < size) {
        const read = readSync(fd, bytes, at, Math.min(chunk, size - at), at);
        if (read === 0) break;
        at += read;
        tick(0);
      }
      message = { buffer, length: at };
      transfer = [buffer];
    }
  } finally {
    closeSync(fd);
  }
} catch (error) {
  message = { error: String((error && error.message) || error) };
}
port.postMessage(message, transfer);
tick(1);
`;

interface AheadMessage {
  readonly buffer?: ArrayBuffer;
  readonly length?: number;
  readonly skipped?: boolean;
  readonly error?: string;
}

/**
 * Starts reading a file whole on a worker thread; `take` waits for it (bounded by the
 * thread's silence), so the read overlaps whatever this thread does until then. A file
 * that cannot be read there (missing, unreadable, another prefix) is read here by `take`,
 * which then throws as `readFileSync` does.
 */
export function readFileAhead(path: string, options: ReadAheadOptions = {}): FileAhead {
  const silenceMs = options.silenceMs ?? SILENCE_MS;
  const signal = new SharedArrayBuffer(8);
  const state = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | null = null;
  let port: MessagePort | null = port1;
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path, prefix: options.prefix ?? "", port: port2, signal, chunk: CHUNK },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    // NOTE: a thread that fails is read around by `take`; its error must not reach the process.
    worker.on("error", () => undefined);
    worker.on("exit", () => settle());
    worker.unref();
  } catch {
    worker = null;
    settle();
  }

  const close = (): void => {
    port?.close();
    port = null;
    void worker?.terminate();
    worker = null;
  };

  const received = (): AheadMessage | null => {
    if (!worker || !port) return null;
    let progress = Atomics.load(state, PROGRESS);
    while (Atomics.load(state, DONE) === 0) {
      const waited = Atomics.wait(state, DONE, 0, silenceMs);
      const now = Atomics.load(state, PROGRESS);
      if (waited === "timed-out" && now === progress) return null;
      progress = now;
    }
    return (receiveMessageOnPort(port)?.message as AheadMessage | undefined) ?? null;
  };

  return {
    take() {
      const message = received();
      close();
      if (message?.buffer && message.length === message.buffer.byteLength) return Buffer.from(message.buffer);
      return readFileSync(path);
    },
    close,
    settled,
  };
}
