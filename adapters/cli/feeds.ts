import { readFileSync } from "node:fs";
import {
  configuredFeeds,
  createFeedStore,
  createSilentLogger,
  DiemtinError,
  openStore,
  readOpmlFeeds,
  systemClock,
  writeOpml,
  type Config,
} from "../../src/index.ts";

function withFeedStore<T>(config: Config, use: (store: ReturnType<typeof createFeedStore>) => T): T {
  const db = openStore(config.dataDir, createSilentLogger());
  try {
    return use(createFeedStore(db, systemClock));
  } finally {
    db.close();
  }
}

/** `diemtin feeds export`: the feeds of the store in `DATA_DIR` and the configured ones (`FEEDS`, `FEEDS_FILE`) as one OPML document. */
export function exportFeeds(config: Config): string {
  const stored = withFeedStore(config, (store) => store.listFeeds().map((feed) => ({ url: feed.url, label: feed.label })));
  const known = new Set(stored.map((feed) => feed.url));
  const configured = configuredFeeds(config.live, createSilentLogger()).filter((feed) => !known.has(feed.url));
  return writeOpml([...stored, ...configured], "diemtin: nguồn tin", systemClock.now());
}

/**
 * `diemtin feeds import <file>`: adds the feeds of an OPML file to the store in `DATA_DIR`, as an
 * admin's `/nguon them` would; one line says how many were added. A running bot polls them
 * after its next start.
 */
export function importFeeds(config: Config, file: string): string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new DiemtinError("INPUT_INVALID", `feeds import: cannot read ${file}`, { cause });
  }
  const read = readOpmlFeeds(text);
  const added = withFeedStore(config, (store) => read.feeds.filter((feed) => store.addFeed(feed.url, feed.label, "admin")).length);
  return `added ${added}, already listed ${read.feeds.length - added}, invalid ${read.invalid}, skipped ${read.skipped}`;
}
