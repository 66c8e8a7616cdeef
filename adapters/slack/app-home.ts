import type { App, types, webApi } from "@slack/bolt";
import { PANEL_COMMAND, type Block, type Core, type Logger, type Reply } from "../../src/index.ts";
import type { RunValue } from "./action-ids.ts";
import type { AnswerQueue } from "./answer-queue.ts";
import { slackChatContext } from "./chat-context.ts";
import type { ButtonArgs } from "./handlers.ts";
import { escapeMrkdwn } from "./mrkdwn.ts";
import { postMessage, slackErrorCode } from "./outgoing.ts";
import { renderReply, replyText, type SlackBlock } from "./render.ts";

// NOTE: Slack's limit on blocks in a Home tab view.
const MAX_HOME_BLOCKS = 100;
// NOTE: one users.conversations page; the Home tab shows the first channels that follow something.
const CONVERSATIONS_PAGE = 200;
const MAX_HOME_CHANNELS = 8;
const LATEST_PER_CHANNEL = 3;

/** Texts of the Home tab. */
export const HOME_TEXT = {
  title: "diemtin: điểm tin tỉnh, thành",
  intro: "Điểm tin hằng ngày của các kênh bạn tham gia. Nhắn riêng cho app (tên tỉnh, từ khóa) để tìm tin, hoặc gọi @diemtin trong kênh.",
  empty: "Chưa kênh nào của bạn theo dõi tin. Gõ /theodoi Quảng Ninh trong một kênh để bắt đầu.",
  notMember: "Bạn không còn ở kênh này nên không đổi được mục theo dõi của kênh.",
  latest: "Bài mới cho kênh này",
} as const;

interface Channel {
  readonly id: string;
  readonly name: string | null;
}

function mrkdwn(text: string): types.MrkdwnElement {
  return { type: "mrkdwn", text, verbatim: true };
}

/** The channels a user is in (public, and private ones the app is in too), one page. */
async function channelsOf(client: webApi.WebClient, userId: string): Promise<Channel[]> {
  const result = await client.users.conversations({ user: userId, types: "public_channel,private_channel", exclude_archived: true, limit: CONVERSATIONS_PAGE });
  return (result.channels ?? []).flatMap((channel) => (channel.id ? [{ id: channel.id, name: channel.name ?? null }] : []));
}

function withoutAccessories(blocks: readonly SlackBlock[]): SlackBlock[] {
  return blocks.map((block) => {
    if (block.type !== "section" || !("accessory" in block)) return block;
    const { accessory: _dropped, ...rest } = block;
    return rest;
  });
}

/** The Home tab's blocks for one channel: its panel (subscriptions with Hủy, digest times), the next digest, its latest articles. */
async function channelBlocks(core: Core, channel: Channel, userId: string): Promise<SlackBlock[] | null> {
  const chat = slackChatContext({ channelId: channel.id, channelName: channel.name, userId, userName: null });
  const panel = await core.ask(PANEL_COMMAND, { chat });
  if (!panel.blocks.some((block) => block.kind === "actions")) return null;
  const preview = await core.ask("/diemtin", { chat });
  const next = preview.blocks.find((block) => block.kind === "paragraph");
  const cards = preview.blocks.filter((block) => block.kind === "article").slice(0, LATEST_PER_CHANNEL);
  const head: SlackBlock = { type: "header", text: { type: "plain_text", text: `#${channel.name ?? channel.id}`.slice(0, 150), emoji: true } };
  const latest: Block[] = cards.length > 0 ? [{ kind: "heading", text: HOME_TEXT.latest }, ...cards] : [];
  const body: Reply = { ...panel, blocks: [...panel.blocks, ...(next ? [next] : []), ...latest] };
  return [head, ...withoutAccessories(renderReply(body, { channel: channel.id }).blocks), { type: "divider" }];
}

/** The whole Home tab of a user, with an optional line on top (what a button just did). */
export async function homeView(client: webApi.WebClient, core: Core, userId: string, note: string | null): Promise<types.HomeView> {
  const blocks: SlackBlock[] = [{ type: "header", text: { type: "plain_text", text: HOME_TEXT.title, emoji: true } }];
  if (note) blocks.push({ type: "context", elements: [mrkdwn(escapeMrkdwn(note).slice(0, 2000))] });
  blocks.push({ type: "section", text: mrkdwn(escapeMrkdwn(HOME_TEXT.intro)) });
  let shown = 0;
  for (const channel of await channelsOf(client, userId)) {
    if (shown >= MAX_HOME_CHANNELS) break;
    const parts = await channelBlocks(core, channel, userId);
    if (!parts || blocks.length + parts.length > MAX_HOME_BLOCKS) continue;
    blocks.push(...parts);
    shown += 1;
  }
  if (shown === 0) blocks.push({ type: "section", text: mrkdwn(escapeMrkdwn(HOME_TEXT.empty)) });
  return { type: "home", blocks };
}

/**
 * Registers the App Home tab: `app_home_opened` publishes the user's channels with their
 * subscriptions ("Hủy" buttons), digest time buttons, next digest and latest articles; returns
 * the handler of those buttons (run for the channel after checking the user is still in it, the
 * change announced in the channel, the tab published again).
 */
export function registerAppHome(app: App, deps: { readonly core: Core; readonly logger: Logger; readonly queue: AnswerQueue }) {
  const { core, logger, queue } = deps;

  async function publish(client: webApi.WebClient, userId: string, note: string | null): Promise<void> {
    const view = await queue.run(() => homeView(client, core, userId, note));
    await client.views.publish({ user_id: userId, view });
  }

  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    await publish(client, event.user, null);
  });

  return async function onHomeRun({ body, client }: ButtonArgs, run: RunValue): Promise<void> {
    const userId = body.user.id;
    const channel = run.channel as string;
    const member = (await channelsOf(client, userId)).find((item) => item.id === channel);
    if (!member) return publish(client, userId, HOME_TEXT.notMember);
    const userName = body.user.name ?? body.user.username ?? null;
    const chat = slackChatContext({ channelId: channel, channelName: member.name, userId, userName });
    const reply = await queue.run(() => core.ask(run.line, { chat }));
    const ran = core.commandFor(run.line);
    if (reply.ok && ran?.manages) {
      try {
        await postMessage(client, channel, null, renderReply(reply, { note: `${userName ?? "Một thành viên"} vừa dùng /${ran.name} (từ tab Home):` }));
      } catch (error) {
        logger.warn({ channel, error: slackErrorCode(error) }, "slack: change from the Home tab not announced");
      }
    }
    await publish(client, userId, replyText(reply));
  };
}
