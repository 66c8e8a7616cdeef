import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type MessagePort, type ResourceLimits } from "node:worker_threads";

/** What a corpus worker thread is started with: the port it talks on and the counter it bumps after each message. */
export interface WorkerChannel {
  readonly port: MessagePort;
  readonly signal: SharedArrayBuffer;
}

/** The URL of a worker module of this folder: the .ts source under tsx, the compiled .js in dist/. */
export function workerModuleUrl(name: string): URL {
  return new URL(`./${name}${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
}

/**
 * Starts a worker thread on `url` with `data` (its channel's port transferred) and optional
 * heap limits. NOTE: on Node 20
 * a worker does not get the TypeScript loader the process was started with (`--import tsx`): a
 * .ts worker is started by a line of JavaScript that registers tsx's loader in the worker, then
 * imports it.
 */
export function startWorker<Data extends { readonly port: MessagePort }>(url: URL, data: Data, resourceLimits?: ResourceLimits): Worker {
  const options = { workerData: data, transferList: [data.port], ...(resourceLimits ? { resourceLimits } : {}) };
  if (!url.pathname.endsWith(".ts")) return new Worker(url, options);
  // NOTE: resolved here (the worker's own resolution starts from the working folder); test
  // runners without import.meta.resolve run from the project's folder.
  const tsx = typeof import.meta.resolve === "function" ? import.meta.resolve("tsx/esm/api") : "tsx/esm/api";
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * Posts on a worker's channel and bumps its counter, so a main thread blocked in `Atomics.wait`
 * (a start doing nothing else meanwhile) wakes and reads the message with `receiveMessageOnPort`.
 */
export function createSignalledSender<Message>(channel: WorkerChannel): (message: Message) => void {
  const counter = new Int32Array(channel.signal);
  return (message) => {
    channel.port.postMessage(message);
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
  };
}
