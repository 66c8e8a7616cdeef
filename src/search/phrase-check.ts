import type { Article } from "../model/article.ts";
import type { QueryToken } from "./query.ts";
import { visitTokens } from "./search-tokens.ts";

/**
 * Where a phrase was found, best first: title, lead, body, caption; 0 when nowhere. Within
 * each, written with only spaces between its syllables ranks one above written across punctuation.
 */
export const PHRASE_LEVEL = { title: 8, lead: 6, body: 4, caption: 2, none: 0 } as const;

/**
 * 2 when the text writes the phrase with only spaces between its syllables, 1 across
 * punctuation, 0 not at all. NOTE: the text's tokens are read once, the last few kept in a
 * ring (no array of the whole text), and a window is compared only where its last syllable
 * matches.
 */
function holds(text: string, phrase: readonly QueryToken[]): number {
  const size = phrase.length;
  const last = phrase[size - 1] as QueryToken;
  const folded: string[] = new Array<string>(size);
  const normalized: string[] = new Array<string>(size);
  const broken: boolean[] = new Array<boolean>(size);
  let count = 0;
  let best = 0;
  visitTokens(text, (word, key, gap) => {
    const slot = count % size;
    folded[slot] = key;
    normalized[slot] = word;
    broken[slot] = gap;
    count++;
    if (best === 2 || count < size || key !== last.folded || (last.marked && word !== last.normalized)) return;
    let clean = true;
    for (let j = 0; j < size; j++) {
      const at = (count - size + j) % size;
      const token = phrase[j] as QueryToken;
      if (folded[at] !== token.folded || (token.marked && normalized[at] !== token.normalized)) return;
      if (j > 0 && broken[at]) clean = false;
    }
    best = clean ? 2 : Math.max(best, 1);
  });
  return best;
}

function bestOf(texts: readonly string[], phrase: readonly QueryToken[]): number {
  let best = 0;
  for (const text of texts) {
    best = Math.max(best, holds(text, phrase));
    if (best === 2) break;
  }
  return best;
}

/**
 * The best place an article writes a phrase: its syllables adjacent and in order, whatever
 * punctuation stands between them; a syllable typed with marks must be written that way, one
 * typed without matches any spelling. `PHRASE_LEVEL.none` when it writes it nowhere; one
 * below the place's level when punctuation stands inside the phrase there.
 */
export function phraseLevel(article: Article, phrase: readonly QueryToken[]): number {
  if (phrase.length === 0) return PHRASE_LEVEL.none;
  const places: [number, readonly string[]][] = [
    [PHRASE_LEVEL.title, [article.title]],
    [PHRASE_LEVEL.lead, [article.lead]],
    [PHRASE_LEVEL.body, article.paragraphs],
    [PHRASE_LEVEL.caption, article.captions ?? []],
  ];
  for (const [level, texts] of places) {
    const found = bestOf(texts, phrase);
    if (found > 0) return level - 2 + found;
  }
  return PHRASE_LEVEL.none;
}
