import type { BenchSuite } from "./suite.ts";
import { searchSuite } from "./suites/search.ts";
import { telegramSuite } from "./suites/telegram.ts";
import { digestSuite } from "./suites/digest.ts";
import { slackSuite } from "./suites/slack.ts";
import { ingestSuite } from "./suites/ingest.ts";
import { factsSuite } from "./suites/facts.ts";
import { relevanceSuite } from "./suites/relevance.ts";
import { scaleSuite } from "./suites/scale.ts";
import { eventsSuite } from "./suites/events.ts";
import { intakeSuite } from "./suites/intake.ts";

// NOTE: each area adds its suite here, one line each.
/** Every benchmark suite, in the order `npm run bench` runs them. */
export const SUITES: readonly BenchSuite[] = [searchSuite, telegramSuite, digestSuite, slackSuite, ingestSuite, factsSuite, relevanceSuite, scaleSuite, eventsSuite, intakeSuite];
