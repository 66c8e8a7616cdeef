import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Random } from "./prng.ts";

/** A first-order Markov model over syllables (as written), learnt from real articles. */
export interface SyllableModel {
  /** A sentence of about `length` syllables, starting like a real sentence, ending with ".". */
  sentence(random: Random, length: number): string;
  readonly vocabulary: number;
}

const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;

function readTexts(dirs: readonly string[]): string[] {
  const texts: string[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(txt|md)$/.test(name)) continue;
      const text = readFileSync(join(dir, name), "utf8");
      texts.push(text.split("\n").filter((line) => !line.startsWith("# ")).join("\n"));
    }
  }
  return texts;
}

/** Learns the model from every `.txt`/`.md` file in `dirs` (header lines `# …` ignored). */
export function learnSyllableModel(dirs: readonly string[]): SyllableModel {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const next: number[][] = [];
  const starts: number[] = [];
  const idOf = (word: string) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = words.length;
      ids.set(word, id);
      words.push(word);
      next.push([]);
    }
    return id;
  };
  for (const text of readTexts(dirs)) {
    for (const sentence of text.split(/[.!?\n]+/)) {
      const syllables = sentence.match(SYLLABLE);
      if (!syllables || syllables.length < 4) continue;
      let previous = idOf(syllables[0] as string);
      starts.push(previous);
      for (const word of syllables.slice(1)) {
        const id = idOf(word);
        (next[previous] as number[]).push(id);
        previous = id;
      }
    }
  }
  return {
    vocabulary: words.length,
    sentence(random, length) {
      let current = random.pick(starts);
      const out = [words[current] as string];
      while (out.length < length) {
        const followers = next[current] as number[];
        current = followers.length > 0 ? random.pick(followers) : random.pick(starts);
        out.push(words[current] as string);
      }
      return `${out.join(" ")}.`;
    },
  };
}
