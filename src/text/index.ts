export { normalizeText, canonicalTone, fixLookalikes } from "./normalize.ts";
export { foldText, hasDiacritics } from "./fold.ts";
export { stripInvisible, collapseSpaces, INVISIBLE_CHARACTER } from "./sanitize.ts";
export { STOPWORDS, isStopword, isFoldedStopword } from "./stopwords.ts";
export { indexTerms, syllables, syllablePhrases, isAccentedTerm, isPairTerm, PAIR_JOINER } from "./tokenize.ts";
export { SENTENCE_BREAK, SENTENCE_BREAK_BEFORE_CAPITAL, splitSentences } from "./sentences.ts";
