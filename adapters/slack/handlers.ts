import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, RespondFn, SlashCommand, webApi } from "@slack/bolt";
import type { ChatContext, Core, Logger, Reply } from "../../src/index.ts";
import { ACTION_PATTERN, ACTION_SHARE, PAGE_ACTION, READ_ACTION, RUN_ACTION, parsePageValue, parseReadValue, parseRunValue, parseShareValue, type RunValue } from "./action-ids.ts";
import type { AnswerQueue } from "./answer-queue.ts";
import { slackChatContext } from "./chat-context.ts";
import type { DeliveryDedupe } from "./delivery-dedupe.ts";
import { decodeSlackText } from "./mrkdwn.ts";
import { postMessage, slackErrorCode } from "./outgoing.ts";
import { ackFirst, dropDuplicates } from "./request-middleware.ts";
import { renderNotice, renderReply, replyText, type SlackMessage } from "./render.ts";
import type { ReplyStore } from "./reply-store.ts";

/** The umbrella slash command (`/diemtin tinh Quảng Ninh`). */
export const UMBRELLA_COMMAND = "diemtin";

/** Short Vietnamese messages the adapter itself writes. */
export const MESSAGES = {
  forged: "Nút này không dùng được nữa. Hãy gõ lại lệnh.",
  staleShare: "Câu trả lời này đã cũ nên không chia sẻ được. Hãy gõ lại lệnh rồi chia sẻ.",
  shareFailed: "Không chia sẻ được vào kênh này. Hãy mời bot vào kênh (/invite) rồi thử lại.",
  apology: "Xin lỗi, đã có lỗi khi xử lý yêu cầu này. Hãy thử lại sau.",
} as const;

/** What the handlers work with. */
export interface HandlerDeps {
  readonly core: Core;
  readonly logger: Logger;
  readonly replies: ReplyStore;
  readonly dedupe: DeliveryDedupe;
  readonly pageSize: number;
  /** Where the core's work runs, after pending acks. */
  readonly queue: AnswerQueue;
  /** Handles a command button pressed outside its channel (the App Home). */
  readonly onHomeRun?: (args: ButtonArgs, run: RunValue) => Promise<void>;
}

// NOTE: posting with chat.postMessage needs the bot in the channel (or chat:write.public);
// for these errors the answer goes through the request's response_url instead, which Slack
// lets an app use in any conversation the request came from.
const NOT_A_MEMBER = new Set(["not_in_channel", "channel_not_found"]);

/** What a button listener receives. */
export type ButtonArgs = AllMiddlewareArgs & { body: BlockAction<ButtonAction>; action: ButtonAction; respond: RespondFn };

/** The line the core answers for a slash command: `/tinh` + text, or the umbrella's own text. */
export function commandLine(core: Core, command: string, rawText: string): string {
  const name = command.replace(/^\//, "");
  const text = decodeSlackText(rawText).trim();
  if (name !== UMBRELLA_COMMAND) return `/${name} ${text}`.trim();
  if (!text) return core.commandFor(`/${UMBRELLA_COMMAND}`) ? `/${UMBRELLA_COMMAND}` : "";
  if (text.startsWith("/")) return text;
  const first = text.split(/\s+/)[0] as string;
  return core.commandFor(`/${first}`) ? `/${text}` : text;
}

async function notice(respond: RespondFn, text: string): Promise<void> {
  const message = renderNotice(text);
  await respond({ response_type: "ephemeral", replace_original: false, text: message.text, blocks: message.blocks });
}

/** Posts a message in a channel, falling back to the response_url when the bot is not a member. */
async function postInChannel(client: webApi.WebClient, channel: string, message: SlackMessage, respond: RespondFn, logger: Logger): Promise<void> {
  try {
    await postMessage(client, channel, null, message);
  } catch (error) {
    const code = slackErrorCode(error);
    logger.warn({ channel, error: code }, "slack: chat.postMessage failed, answering through response_url");
    if (!NOT_A_MEMBER.has(code)) return notice(respond, MESSAGES.shareFailed);
    await respond({ response_type: "in_channel", replace_original: false, text: message.text, blocks: message.blocks });
  }
}

function actionChat(body: BlockAction): ChatContext {
  return slackChatContext({
    channelId: body.channel?.id ?? body.user.id,
    channelName: body.channel?.name ?? null,
    userId: body.user.id,
    userName: body.user.name ?? body.user.username ?? null,
  });
}

/** Registers the ack-first and dedupe middleware, every slash command and every button. */
export function registerHandlers(app: App, deps: HandlerDeps): void {
  const { core, logger, replies, dedupe, pageSize, queue, onHomeRun } = deps;

  app.use(ackFirst(queue));
  app.use(dropDuplicates(dedupe, logger));

  /** Runs the core and renders its reply in the answer queue; the message keeps a share button when shareable. */
  async function prepare(ask: () => Promise<Reply>, shareable: boolean): Promise<{ reply: Reply; message: SlackMessage }> {
    return queue.run(async () => {
      const reply = await ask();
      return { reply, message: renderReply(reply, { shareId: shareable ? replies.put(reply) : null }) };
    });
  }

  // NOTE: any member may change a channel's settings, so such changes are announced there.
  async function announceChange(client: webApi.WebClient, chat: ChatContext, line: string, reply: Reply, respond: RespondFn): Promise<void> {
    const ran = core.commandFor(line);
    if (!reply.ok || chat.chatKind === "private" || !ran?.manages) return;
    const note = `${chat.userName ?? "Một thành viên"} vừa dùng /${ran.name}:`;
    await postInChannel(client, chat.chatId, renderReply(reply, { note }), respond, logger);
  }

  async function answer(respond: RespondFn, message: SlackMessage, replace: boolean): Promise<void> {
    await respond(
      replace
        ? { replace_original: true, text: message.text, blocks: message.blocks }
        : { response_type: "ephemeral", replace_original: false, text: message.text, blocks: message.blocks },
    );
  }

  async function onCommand({ command, respond, client }: AllMiddlewareArgs & { command: SlashCommand; respond: RespondFn }): Promise<void> {
    const chat = slackChatContext({ channelId: command.channel_id, channelName: command.channel_name ?? null, userId: command.user_id, userName: command.user_name ?? null });
    const line = commandLine(core, command.command, command.text ?? "");
    const { reply, message } = await prepare(() => core.ask(line, { pageSize, chat }), true);
    await answer(respond, message, false);
    await announceChange(client, chat, line, reply, respond);
  }

  async function onPage({ action, body, respond }: ButtonArgs): Promise<void> {
    const token = parsePageValue(action.value);
    if (token === null) return notice(respond, MESSAGES.forged);
    const { reply, message } = await prepare(() => core.page(token, { chat: actionChat(body) }), body.container?.is_ephemeral === true);
    if (!reply.ok && reply.command === "page") return notice(respond, replyText(reply));
    await answer(respond, message, true);
  }

  async function onRead({ action, body, respond }: ButtonArgs): Promise<void> {
    const handle = parseReadValue(action.value);
    if (handle === null) return notice(respond, MESSAGES.forged);
    const { reply, message } = await prepare(() => core.ask(`/bai ${handle}`, { pageSize, chat: actionChat(body) }), body.container?.is_ephemeral === true);
    if (!reply.ok) return notice(respond, replyText(reply));
    await answer(respond, message, true);
  }

  /** A command button (Hủy, a digest time): runs its line; a panel's button shows the panel again with the outcome on top. */
  async function onRun(args: ButtonArgs): Promise<void> {
    const { action, body, respond, client } = args;
    const run = parseRunValue(action.value);
    if (run === null) return notice(respond, MESSAGES.forged);
    if (run.channel !== null && run.channel !== body.channel?.id) return onHomeRun?.(args, run);
    const chat = actionChat(body);
    const reply = await queue.run(() => core.ask(run.line, { pageSize, chat }));
    await announceChange(client, chat, run.line, reply, respond);
    if (run.refresh === null) return answer(respond, renderReply(reply), false);
    const panel = await queue.run(() => core.ask(run.refresh as string, { pageSize, chat }));
    await answer(respond, renderReply(panel, { note: replyText(reply) }), true);
  }

  async function onShare({ action, body, respond, client }: ButtonArgs): Promise<void> {
    const id = parseShareValue(action.value);
    const reply = id === null ? null : replies.get(id);
    if (!reply || !body.channel?.id) return notice(respond, id === null ? MESSAGES.forged : MESSAGES.staleShare);
    const who = body.user.name ?? body.user.username ?? null;
    await postInChannel(client, body.channel.id, renderReply(reply, { note: who ? `Do ${who} chia sẻ` : null }), respond, logger);
  }

  // NOTE: one listener for every slash command and one for every button: Bolt runs each
  // registered listener's matchers on every request, which showed up in the ack latency.
  // Commands come from core.commands through the manifest; one the core does not know gets its
  // "Không có lệnh" answer.
  app.command(/^\//, onCommand);
  app.action<BlockAction<ButtonAction>>(ACTION_PATTERN, async (args: ButtonArgs) => {
    const id = args.action.action_id;
    if (PAGE_ACTION.test(id)) return onPage(args);
    if (READ_ACTION.test(id)) return onRead(args);
    if (id === ACTION_SHARE) return onShare(args);
    if (RUN_ACTION.test(id)) return onRun(args);
    return notice(args.respond, MESSAGES.forged);
  });
}
