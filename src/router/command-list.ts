import type { Command } from "./command.ts";
import { baiCommand } from "./commands/bai.ts";
import { moiCommand } from "./commands/moi.ts";
import { nguoiCommand } from "./commands/nguoi.ts";
import { timCommand } from "./commands/tim.ts";
import { tinhCommand } from "./commands/tinh.ts";
import { tinhthanhCommand } from "./commands/tinhthanh.ts";
import { vanbanCommand } from "./commands/vanban.ts";
import { theodoiCommand } from "./commands/theodoi.ts";
import { huytheodoiCommand } from "./commands/huytheodoi.ts";
import { dangtheodoiCommand } from "./commands/dangtheodoi.ts";
import { giobantinCommand } from "./commands/giobantin.ts";
import { diemtinCommand } from "./commands/diemtin.ts";
import { nguonCommand } from "./commands/nguon.ts";

/** The bot's commands in help order (the help command is added after them by the router). */
export const COMMANDS: readonly Command[] = [
  tinhCommand,
  timCommand,
  moiCommand,
  baiCommand,
  nguoiCommand,
  vanbanCommand,
  tinhthanhCommand,
  theodoiCommand,
  huytheodoiCommand,
  dangtheodoiCommand,
  giobantinCommand,
  diemtinCommand,
  nguonCommand,
];
