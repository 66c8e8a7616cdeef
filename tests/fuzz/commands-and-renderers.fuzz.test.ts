import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { renderConsole } from "../../adapters/console/render.ts";
import { renderReply as renderSlack, renderReplyMessages } from "../../adapters/slack/render.ts";
import { parseCommand } from "../../adapters/telegram/parse-command.ts";
import { MAX_MESSAGE_LENGTH, renderReply as renderTelegram } from "../../adapters/telegram/render.ts";
import { createFixedClock, createSilentLogger, loadCore, type Core, type Reply } from "../../src/index.ts";
import { replyLinks } from "../fixtures/reply-links.ts";
import { parseInput } from "../../src/router/input.ts";
import { blockKitProblems } from "../adapters/slack/block-kit-validator.ts";
import { telegramHtmlProblems } from "../adapters/telegram/telegram-html.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { chatLine } from "./arbitraries.ts";
import { fuzzParameters, fuzzTimeout } from "./runs.ts";

let core: Core;
beforeAll(() => {
  core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
});


function checkTelegram(reply: Reply): void {
  const messages = renderTelegram(reply);
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.html.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(message.html.trim().length).toBeGreaterThan(0);
    expect(telegramHtmlProblems(message.html)).toEqual([]);
  }
}

function checkSlack(reply: Reply): void {
  const allowedLinks = replyLinks(reply);
  for (const message of [renderSlack(reply), ...renderReplyMessages(reply)]) expect(blockKitProblems(message, { allowedLinks })).toEqual([]);
}

describe("the command parsers under arbitrary lines", () => {
  it(
    "parse any line without an exception",
    () => {
      fc.assert(
        fc.property(chatLine, (line) => {
          const typed = parseCommand(line);
          if (typed) expect(typeof typed.name).toBe("string");
          const input = parseInput(line);
          expect(input).toBeTypeOf("object");
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );
});

describe("answers and renderers under arbitrary lines", () => {
  it(
    "answer any line with a reply that renders as valid Telegram HTML within 4,096 units, valid Block Kit and console text",
    async () => {
      // NOTE: a turn of the event loop now and then lets the test worker report to vitest;
      // thousands of cases in one stretch make its reports time out.
      let cases = 0;
      await fc.assert(
        fc.asyncProperty(chatLine, async (line) => {
          if (++cases % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
          const reply = await core.ask(line);
          expect(reply.blocks.length).toBeGreaterThan(0);
          checkTelegram(reply);
          checkSlack(reply);
          expect(renderConsole(reply).length).toBeGreaterThan(0);
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(undefined, 200),
  );
});
