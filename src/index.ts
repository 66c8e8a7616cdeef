// The core's public surface: adapters import only from here (.dependency-cruiser.cjs checks it).
// Three tiers; export a name only when an adapter, a test or a bench imports it from here.

// For adapters: assembly, configuration, logging, the store tools of the CLI, and what renderers need.
export { createApp, createCore, createStopStack, loadCore } from "./app/index.ts";
export { loadConfig } from "./config/index.ts";
export { createLogger, createPrettyFormatter, createSilentLogger } from "./util/logger.ts";
export { systemClock } from "./util/clock.ts";
export { DiemtinError, isDiemtinError } from "./util/errors.ts";
export { backupStore, createFeedStore, openStore } from "./store/index.ts";
export { configuredFeeds } from "./live/index.ts";
export { readOpmlFeeds, writeOpml } from "./live/opml.ts";
export { formatDay } from "./format/index.ts";
export { getProvince } from "./places/index.ts";
export { DEFAULT_PAGE_SIZE } from "./router/router.ts";
export { PANEL_COMMAND } from "./router/subscription-answers.ts";
export { pagerLabel } from "./reply/pager-label.ts";
export { packByCost } from "./util/pack-by-cost.ts";

// Types: the configuration, the core and its services as adapters hold them, the reply model, the chat vocabulary.
export type { Config, SlackConfig, TelegramConfig } from "./config/index.ts";
export type { Core } from "./app/index.ts";
export type { Router } from "./router/router.ts";
export type { Command } from "./router/command.ts";
export type { DigestService } from "./digest/index.ts";
export type { LiveCorpus } from "./live/index.ts";
export type { LoadProgress, ProgressListener } from "./corpus/index.ts";
export type { Article } from "./model/article.ts";
export type { ActionsBlock, ArticleCardBlock, Block, FileBlock, PagerBlock, Reply, Span } from "./reply/blocks.ts";
export type { ChatAddress, ChatContext } from "./model/chat.ts";
export type { ChatStatusSink, OutgoingPort, SendResult } from "./delivery/index.ts";
export type { Clock } from "./util/clock.ts";
export type { Logger } from "./util/logger.ts";

// For tests and benches: clocks they drive, the subscription store and service built by hand, fixtures' model types.
export { createFixedClock, createMovableClock } from "./util/clock.ts";
export { createSubscriptionStore } from "./store/index.ts";
export type { SubscriptionStore } from "./store/index.ts";
export { createSubscriptionService } from "./subscriptions/index.ts";
export { listProvinces } from "./places/index.ts";
export type { Figure, Person } from "./model/article.ts";
