import { GrammyError, type Context } from "grammy";
import { PANEL_COMMAND, type Block, type ChatContext, type ChatStatusSink, type Core, type Logger, type Reply, type Span } from "../../src/index.ts";

/**
 * Managing a Telegram channel from a private chat with `/kenh`: `/kenh @channel` links it (the
 * bot must be an administrator there and the user its creator or an administrator, both checked
 * with getChatMember every time) and shows its subscription panel; `/kenh <channel> <lệnh>` runs
 * a command for the channel.
 */
export interface ChannelScope {
  /** Whether a command line is a `/kenh` line. */
  isChannelLine(line: string): boolean;
  /** The `/kenh <id>` line that shows the panel of the channel a `/kenh` line is about. */
  panelLine(line: string): string;
  /** Answers a `/kenh` line for the user of `ctx`. */
  run(ctx: Context, line: string): Promise<Reply>;
}

/** The private-chat menu entry of `/kenh`. */
export const CHANNEL_MENU_ITEM = { command: "kenh", description: "Liên kết kênh bạn quản trị để đăng điểm tin vào kênh: /kenh @tenkenh" } as const;

/** Messages of `/kenh`. */
export const CHANNEL_MESSAGES = {
  privateOnly: "Lệnh /kenh dùng trong chat riêng với bot: mở chat với bot rồi gõ /kenh @tenkenh.",
  usage: "Cách dùng: /kenh @tenkenh để liên kết kênh và xem mục theo dõi của kênh; /kenh @tenkenh theodoi Quảng Ninh để kênh theo dõi một tỉnh. Bot phải là quản trị viên của kênh, có quyền đăng tin.",
  notFound: (ref: string) => `Không tìm thấy kênh ${ref}. Hãy kiểm tra tên kênh và thêm bot làm quản trị viên của kênh.`,
  notChannel: (ref: string) => `${ref} không phải là kênh. Với nhóm, hãy thêm bot vào nhóm và gõ lệnh ngay trong nhóm.`,
  botNotAdmin: (title: string) => `Bot chưa là quản trị viên của kênh “${title}”. Hãy thêm bot làm quản trị viên (có quyền đăng tin) rồi thử lại.`,
  userNotAdmin: (title: string) => `Chỉ người tạo hoặc quản trị viên của kênh “${title}” mới quản lý được điểm tin của kênh.`,
} as const;

const KENH = /^\/kenh(?:@[A-Za-z0-9_]+)?(?=\s|$)/i;
const LINE = /^\/kenh(?:@[A-Za-z0-9_]+)?(?:\s+(\S+))?(?:\s+([\s\S]*))?$/i;
const REF = /^(@[A-Za-z][A-Za-z0-9_]{3,31}|-100\d{5,15})$/;
const MANAGERS = new Set(["creator", "administrator"]);
// NOTE: commands about the chat itself (besides those that change it) that run for the channel.
const CHAT_SCOPED = new Set(["dangtheodoi", "diemtin"]);

function notice(text: string, ok = false): Reply {
  return { command: "kenh", ok, blocks: [{ kind: "paragraph", spans: [{ text }] }], total: 0, results: [] };
}

/** Creates the `/kenh` handling over the core. */
export function createChannelScope(core: Core, deps: { readonly logger: Logger; readonly chatStatus?: ChatStatusSink }): ChannelScope {
  /** Whether a command line acts on the chat it is run in (so from a private chat it needs the `/kenh` prefix). */
  function isChatScoped(line: string): boolean {
    const command = core.commandFor(line);
    return Boolean(command && (command.manages || CHAT_SCOPED.has(command.name)));
  }

  function scopedLine(channelId: string, line: string): string {
    return isChatScoped(line) ? `/kenh ${channelId} ${line.replace(/^\//, "")}` : line;
  }

  /** The reply with its chat commands (buttons and links) pointing at the channel. */
  function scoped(reply: Reply, channelId: string): Reply {
    const span = (item: Span): Span => (item.command ? { ...item, command: scopedLine(channelId, item.command) } : item);
    const blocks = reply.blocks.map((block): Block => {
      if (block.kind === "paragraph") return { ...block, spans: block.spans.map(span) };
      if (block.kind === "actions") return { ...block, buttons: block.buttons.map((button) => ({ ...button, command: scopedLine(channelId, button.command) })) };
      return block;
    });
    return { ...reply, blocks };
  }

  /** The channel's chat context for the user, or the reason it cannot be managed. */
  async function channelChat(ctx: Context, ref: string): Promise<{ chat: ChatContext; title: string } | Reply> {
    let channel;
    try {
      channel = await ctx.api.getChat(/^-\d+$/.test(ref) ? Number(ref) : ref);
    } catch (error) {
      if (error instanceof GrammyError && error.error_code < 500) {
        deps.logger.info({ ref, description: error.description }, "telegram: /kenh channel not found");
        return notice(CHANNEL_MESSAGES.notFound(ref));
      }
      throw error;
    }
    if (channel.type !== "channel") return notice(CHANNEL_MESSAGES.notChannel(ref));
    const title = channel.title || ref;
    const me = await ctx.api.getChatMember(channel.id, ctx.me.id);
    if (me.status !== "administrator" || me.can_post_messages === false) return notice(CHANNEL_MESSAGES.botNotAdmin(title));
    const from = ctx.from;
    const member = from ? await ctx.api.getChatMember(channel.id, from.id) : null;
    if (!from || !member || !MANAGERS.has(member.status)) return notice(CHANNEL_MESSAGES.userNotAdmin(title));
    const userName = [from.first_name, from.last_name].filter(Boolean).join(" ") || from.username || null;
    return {
      title,
      chat: { platform: "telegram", chatId: String(channel.id), threadId: null, userId: String(from.id), userName, chatKind: "channel", canManage: true },
    };
  }

  return {
    isChannelLine: (line) => KENH.test(line.trim()),
    panelLine(line) {
      const ref = LINE.exec(line.trim())?.[1] ?? "";
      return `/kenh ${ref}`.trim();
    },
    async run(ctx, line) {
      if (ctx.chat?.type !== "private") return notice(CHANNEL_MESSAGES.privateOnly);
      const match = LINE.exec(line.trim());
      const ref = match?.[1] ?? "";
      if (!REF.test(ref)) return notice(CHANNEL_MESSAGES.usage);
      const found = await channelChat(ctx, ref);
      if ("command" in found) return found;
      const { chat, title } = found;
      const rest = (match?.[2] ?? "").trim();
      if (rest) return scoped(await core.ask(`/${rest.replace(/^\//, "")}`, { chat }), chat.chatId);
      deps.chatStatus?.markActive({ platform: "telegram", chatId: chat.chatId, threadId: null });
      const panel = scoped(await core.ask(PANEL_COMMAND, { chat }), chat.chatId);
      const example = `/kenh ${chat.chatId} theodoi Quảng Ninh`;
      const head: Block[] = [
        { kind: "heading", text: `Kênh “${title}” đã liên kết` },
        {
          kind: "paragraph",
          spans: [
            { text: "Điểm tin của kênh được đăng vào kênh. Thêm mục theo dõi: " },
            { text: example, mark: "code", command: example },
            { text: ", hoặc gõ lệnh ngay trong kênh." },
          ],
        },
      ];
      return { ...panel, command: "kenh", blocks: [...head, ...panel.blocks] };
    },
  };
}
