import type { Article } from "../model/article.ts";
import type { QueryToken } from "./query.ts";
import { memoFolded, memoNormalized, scanTokens, type TokenSink } from "./search-tokens.ts";

/**
 * Where a phrase was found, best first: title, lead, body, caption; 0 when nowhere. Within
 * each, written with only spaces between its syllables ranks one above written across punctuation.
 */
export const PHRASE_LEVEL = { title: 8, lead: 6, body: 4, caption: 2, none: 0 } as const;

/**
 * Reads a text's tokens (a `TokenSink`) and finds how it writes a phrase: 2 with only spaces
 * between its syllables, 1 across punctuation, 0 not at all. NOTE: the last few tokens are
 * kept in a ring (no array of the whole text) and a window is compared only where its last
 * syllable matches; one reader serves every check, so a check allocates nothing.
 */
class PhraseReader implements TokenSink {
  readonly breaks = true;
  private phrase: readonly QueryToken[] = [];
  private folded: string[] = [];
  private normalized: string[] = [];
  private broken: boolean[] = [];
  private count = 0;
  private best = 0;

  /** How `text` writes `phrase` (one or more syllables). */
  holds(text: string, phrase: readonly QueryToken[]): number {
    this.phrase = phrase;
    this.count = 0;
    this.best = 0;
    scanTokens(text, this);
    this.phrase = [];
    return this.best;
  }

  syllable(entry: number, broken: boolean): void {
    this.token(memoNormalized(entry), memoFolded(entry), broken);
  }

  number(digits: string, broken: boolean): void {
    this.token(digits, digits, broken);
  }

  private token(word: string, key: string, gap: boolean): void {
    const phrase = this.phrase;
    const size = phrase.length;
    const slot = this.count % size;
    this.folded[slot] = key;
    this.normalized[slot] = word;
    this.broken[slot] = gap;
    const count = ++this.count;
    const last = phrase[size - 1] as QueryToken;
    if (this.best === 2 || count < size || key !== last.folded || (last.marked && word !== last.normalized)) return;
    let clean = true;
    for (let j = 0; j < size; j++) {
      const at = (count - size + j) % size;
      const token = phrase[j] as QueryToken;
      if (this.folded[at] !== token.folded || (token.marked && this.normalized[at] !== token.normalized)) return;
      if (j > 0 && this.broken[at]) clean = false;
    }
    this.best = clean ? 2 : Math.max(this.best, 1);
  }
}

const reader = new PhraseReader();

function bestOf(texts: readonly string[], phrase: readonly QueryToken[]): number {
  let best = 0;
  for (const text of texts) {
    best = Math.max(best, reader.holds(text, phrase));
    if (best === 2) break;
  }
  return best;
}

/** The level of a place from how it writes the phrase (`PhraseReader`), or none. */
const placed = (level: number, found: number): number => (found > 0 ? level - 2 + found : PHRASE_LEVEL.none);

/**
 * The best place an article writes a phrase: its syllables adjacent and in order, whatever
 * punctuation stands between them; a syllable typed with marks must be written that way, one
 * typed without matches any spelling. `PHRASE_LEVEL.none` when it writes it nowhere; one
 * below the place's level when punctuation stands inside the phrase there.
 */
export function phraseLevel(article: Article, phrase: readonly QueryToken[]): number {
  if (phrase.length === 0) return PHRASE_LEVEL.none;
  let found = reader.holds(article.title, phrase);
  if (found > 0) return placed(PHRASE_LEVEL.title, found);
  found = reader.holds(article.lead, phrase);
  if (found > 0) return placed(PHRASE_LEVEL.lead, found);
  found = bestOf(article.paragraphs, phrase);
  if (found > 0) return placed(PHRASE_LEVEL.body, found);
  return placed(PHRASE_LEVEL.caption, bestOf(article.captions ?? [], phrase));
}
