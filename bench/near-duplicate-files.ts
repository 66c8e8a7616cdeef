import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Random } from "./prng.ts";

const WORDS = ["cầu", "đường", "cảng", "chợ", "trường", "bệnh viện", "nhà máy", "khu đô thị", "sân bay", "đê", "kênh", "hồ", "công viên", "bến xe", "nhà ga", "khu công nghiệp"];
const PLACES = ["Hạ Long", "Cẩm Phả", "Uông Bí", "Móng Cái", "Đông Triều", "Quảng Yên", "Vân Đồn", "Cô Tô"];

const DAYS = 1000;

/**
 * The text of one small near-duplicate article: one template (a Quảng Ninh meeting) with a
 * few words and a day among a thousand drawn per file, so the files share most shingles and
 * LSH bands; copies within a week of one another are one event, the rest are not.
 */
export function nearDuplicateText(index: number, random: Random): string {
  const day = new Date(Date.UTC(2023, 0, 1) + random.int(0, DAYS - 1) * 86_400_000);
  const what = `${random.pick(WORDS)} ${random.pick(PLACES)}`;
  const title = `Quảng Ninh họp bàn dự án ${what} số ${index % 97}`;
  const lead = `Sáng ${day.getUTCDate()}/${day.getUTCMonth() + 1}, UBND tỉnh Quảng Ninh họp bàn về dự án ${what}, ${random.pick(WORDS)} ${random.pick(PLACES)}, với sự tham dự của lãnh đạo các sở, ngành và địa phương.`;
  const date = day.toISOString().slice(0, 10).replaceAll("-", "");
  return `# doc_id = nd${index}\n# date = ${date}\n${title}\n${lead}\n${lead} Đoạn thứ hai của bài nói thêm về ${random.pick(WORDS)}.\n`;
}

/** The text of one small copy: the same meeting on the same day, only a number differs per file. */
export function copyText(index: number): string {
  const lead = `Sáng 27/1, UBND tỉnh Quảng Ninh họp bàn về dự án cầu Bạch Đằng mở rộng, với sự tham dự của lãnh đạo các sở, ngành và địa phương.`;
  return `# doc_id = cp${index}\n# date = 20260127\nQuảng Ninh họp bàn dự án cầu Bạch Đằng mở rộng (bản ${index})\n${lead}\n${lead} Đoạn thứ hai của bài.\n`;
}

/** Which near-duplicates to write: look-alikes over a thousand days, or copies of one day. */
export type NearDuplicateShape = "look-alikes" | "copies";

/** Writes `count` near-duplicate small files (`nd000000.txt`…) of one shape into `dir`. */
export function writeNearDuplicateFiles(dir: string, count: number, shape: NearDuplicateShape, random: Random): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `nd${String(i).padStart(6, "0")}.txt`), shape === "copies" ? copyText(i) : nearDuplicateText(i, random));
}
