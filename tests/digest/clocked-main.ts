// The bot process (`adapters/run-main.ts`, as `npm start` runs it) on a clock that starts at
// the instant in NOW and runs on with real time, so a child process's "today" is fixed by the test.
import { runMain } from "../../adapters/run-main.ts";
import type { Clock } from "../../src/util/clock.ts";

const now = process.env.NOW;
if (!now || Number.isNaN(Date.parse(now))) throw new Error("clocked-main: NOW is not an ISO instant");
const startedAt = Date.parse(now);
const origin = performance.now();
const clock: Clock = { now: () => new Date(startedAt + Math.round(performance.now() - origin)) };

runMain(process.argv.slice(2), clock);
