import type { Article, Person } from "../src/index.ts";
import type { Random } from "./prng.ts";
import type { SyllableModel } from "./syllable-model.ts";

/** A province as the generator needs it. */
export interface GeneratorProvince {
  readonly id: string;
  readonly name: string;
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tô", "Trương"];
const MIDDLE = ["Văn", "Thị", "Minh", "Xuân", "Quốc", "Hồng", "Thanh", "Đức", "Hữu", "Ngọc"];
const GIVEN = ["Ký", "Lâm", "Chính", "Cường", "Đoàn", "Hưng", "Khái", "Mai", "Thiệu", "Hậu", "Nghiệm", "Giang", "Trọng", "Dũng", "Hà", "Sơn", "Tùng", "Hải", "Long", "Phúc"];
const TITLES = ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh", "Phó Bí thư Tỉnh ủy", "Thủ tướng", "Tổng Bí thư", "Bộ trưởng Bộ Công an", "Phó Thủ tướng"];
const KINDS = ["NQ/TW", "CT/TW", "KL/TW", "NQ/TU", "QĐ/TW"];

// NOTE: calendar days from 2020-01-01 over about seven years.
const FIRST_DAY = Date.UTC(2020, 0, 1);
const DAY_MS = 86_400_000;
const DAYS = 2500;

function isoDay(random: Random): string {
  return new Date(FIRST_DAY + random.int(0, DAYS) * DAY_MS).toISOString().slice(0, 10);
}

/** Skews picks towards the start of a list (a few provinces get most news, as in reality). */
function skewedPick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random.next() ** 2 * items.length)] as T;
}

/**
 * Generates `size` synthetic articles from the syllable model, each with a primary province
 * named in its title and lead, a mentioned neighbour, a titled person, a cited document and
 * a date. Deterministic for the same model, provinces and random seed.
 * NOTE: about 12 title, 50 lead and 360 body syllables per article.
 */
export function generateCorpus(size: number, model: SyllableModel, provinces: readonly GeneratorProvince[], random: Random): Article[] {
  const people: Person[] = Array.from({ length: 400 }, () => ({
    name: `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`,
    title: random.pick(TITLES),
  }));
  const articles: Article[] = [];
  for (let i = 0; i < size; i++) {
    const primary = skewedPick(random, provinces);
    const other = random.pick(provinces);
    const person = random.pick(people);
    const code = `${random.int(1, 60)}-${random.pick(KINDS)}`;
    const title = `${primary.name}: ${model.sentence(random, random.int(8, 12)).slice(0, -1)}`;
    const lead = `${model.sentence(random, random.int(15, 25))} ${person.title} ${person.name} làm việc tại tỉnh ${primary.name}, ${model.sentence(random, random.int(10, 20))}`;
    const paragraphs = Array.from({ length: random.int(5, 8) }, (_, p) => {
      const text = model.sentence(random, random.int(35, 65));
      if (p === 1) return `${text} Theo Nghị quyết số ${code}, ${model.sentence(random, 10)}`;
      if (p === 2) return `${text} Phía Bắc giáp tỉnh ${other.name}.`;
      return text;
    });
    articles.push({
      id: `bench-${String(i).padStart(6, "0")}`,
      handle: i + 1,
      file: `bench/${i}.txt`,
      title,
      hasHeadline: true,
      date: random.next() < 0.97 ? isoDay(random) : null,
      source: random.pick(["TTXVN", "Dân trí", "Nhân Dân", null]),
      author: null,
      url: null,
      lead,
      paragraphs,
      provinces: { primary: [primary.id], mentioned: other.id === primary.id ? [] : [other.id] },
      people: [person],
      documents: [code],
      figures: [],
    });
  }
  return articles;
}
