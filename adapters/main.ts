import { systemClock } from "../src/index.ts";
import { runMain } from "./run-main.ts";

runMain(process.argv.slice(2), systemClock);
