/** `/trogiup` (`/help`, `/start`): says what the bot does and lists every command with an example. */
import { commandSpan } from "../../reply/command-span.ts";
import type { Block } from "../../reply/blocks.ts";
import type { Answer } from "../answer.ts";
import { usageOf, type Command } from "../command.ts";

/** The help blocks listing every command with its summary and an example. */
export function helpBlocks(commands: readonly Command[]): Block[] {
  return [
    { kind: "heading", text: "diemtin: điểm tin tỉnh, thành" },
    { kind: "paragraph", spans: [{ text: "Theo dõi tin chính quyền và Đảng ở 34 tỉnh, thành. Gõ không dấu cũng được." }] },
    ...commands.map((command): Block => ({
      kind: "paragraph",
      spans: [
        { text: usageOf(command), mark: "code" },
        { text: `: ${command.summary}. Ví dụ: ` },
        commandSpan(command.example),
      ],
    })),
  ];
}

/** `/trogiup` (`/help`, `/start`): what the bot does and every command. */
export function createHelpCommand(commands: () => readonly Command[]): Command {
  return {
    name: "trogiup",
    aliases: ["help", "start", "huongdan"],
    params: "",
    summary: "Hướng dẫn sử dụng",
    example: "/trogiup",
    run: (): Answer => ({ ok: true, head: helpBlocks(commands()), items: [], total: 0 }),
  };
}
