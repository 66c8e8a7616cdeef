import { describe, expect, it } from "vitest";
import { fingerprintOf, packFingerprint, unpackFingerprint } from "../../src/events/fingerprint.ts";
import { BAND_ROWS, bandKeys, MINHASH_SIZE, minhashSignature } from "../../src/events/minhash.ts";
import { shingleHashes, shingleWords, shinglesOf } from "../../src/events/shingles.ts";
import { subjectOf } from "../../src/events/subject-conflict.ts";

const article = (i: number) => ({
  title: `Quảng Ninh họp bàn dự án cầu số ${i}`,
  lead: `Sáng 27/1, UBND tỉnh Quảng Ninh họp bàn về dự án cầu số ${i} với lãnh đạo các sở (mã: TPB).`,
  paragraphs: [`Đoạn thứ hai nói về cầu số ${i} và vốn đầu tư ${i * 7} tỷ đồng.`, "Đoạn thứ ba kết thúc bài."],
  date: "2026-01-27",
  provinces: { primary: ["quang-ninh"], mentioned: ["ha-noi"] },
  documents: [`0${i}/CĐ-CT`],
});

const textOf = (a: ReturnType<typeof article>) => `${a.title}\n${a.lead}\n${a.paragraphs.join("\n")}`;

describe("fingerprintOf", () => {
  it("returns the whole-text shingles and subject of the article on every read, after other articles' have been computed", () => {
    const first = article(0);
    const print = fingerprintOf(first);
    const early = { body: print.body, copy: print.copy, subject: print.subject };
    // NOTE: more articles than the memo holds, so the first one's parts are recomputed.
    for (let i = 1; i < 1200; i++) void fingerprintOf(article(i)).body;
    expect(print.body).toEqual(early.body);
    expect(print.copy).toEqual(early.copy);
    expect(print.subject).toEqual(early.subject);
    expect(print.body).toEqual(shinglesOf(shingleWords(textOf(first)), 2));
    expect(print.copy).toEqual(shinglesOf(shingleWords(textOf(first)), 3));
    expect(print.subject).toEqual(subjectOf(first));
  });

  it("keeps the title/lead shingles and the signature of the whole-text triples", () => {
    const a = article(3);
    const print = fingerprintOf(a);
    expect(print.head).toEqual(shingleHashes(`${a.title}\n${a.lead}`, 2));
    expect(print.signature).toEqual(minhashSignature(shinglesOf(shingleWords(textOf(a)), 3)));
    expect(print.bands).toEqual(bandKeys(print.signature));
  });

  it("returns no signature and no bands when the text is too short for triples", () => {
    const print = fingerprintOf({ ...article(1), title: "Cầu", lead: "", paragraphs: [] });
    expect(print.signature).toHaveLength(0);
    expect(print.bands).toEqual([]);
  });
});

describe("bandKeys", () => {
  const signature = minhashSignature(shingleHashes("một hai ba bốn năm sáu bảy tám chín mười", 2));

  it("returns one safe integer key per band", () => {
    const keys = bandKeys(signature);
    expect(keys).toHaveLength(MINHASH_SIZE / BAND_ROWS);
    expect(keys.every((key) => Number.isSafeInteger(key) && key >= 0)).toBe(true);
  });

  it("returns different keys for equal rows in different bands", () => {
    const same = new Uint32Array(MINHASH_SIZE).fill(7);
    expect(new Set(bandKeys(same)).size).toBe(MINHASH_SIZE / BAND_ROWS);
  });

  it("changes only the key of the band whose row changed", () => {
    const changed = signature.slice();
    changed[BAND_ROWS + 1] = (changed[BAND_ROWS + 1] as number) ^ 1;
    const before = bandKeys(signature);
    const after = bandKeys(changed);
    expect(after.map((key, band) => key === before[band])).toEqual(before.map((_, band) => band !== 1));
  });
});

describe("packFingerprint and unpackFingerprint", () => {
  it("returns a fingerprint equal to the one made from the text when unpacked from its packed numbers", () => {
    for (const source of [article(1), { ...article(2), paragraphs: [], lead: "Ngắn." }]) {
      const made = fingerprintOf(source);
      const packed = packFingerprint(made);
      if (!packed) throw new Error("no packed fingerprint");
      const restored = unpackFingerprint(source, packed.slice());
      expect(restored && [restored.when, [...restored.head], [...restored.signature], restored.bands, [...restored.body], [...restored.copy], restored.subject]).toEqual([
        made.when,
        [...made.head],
        [...made.signature],
        made.bands,
        [...made.body],
        [...made.copy],
        made.subject,
      ]);
    }
  });

  it.each([
    ["empty", new Uint32Array(0)],
    ["a head longer than the numbers", Uint32Array.of(5, 1, 2)],
    ["a signature of the wrong size", Uint32Array.of(1, 7, 1, 2, 3)],
  ])("returns null when unpacking %s", (_, packed) => {
    expect(unpackFingerprint(article(1), packed)).toBeNull();
  });
});
