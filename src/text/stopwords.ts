/**
 * Vietnamese function words kept out of scoring (normalized, accented form). Kept short on
 * purpose: words such as "tỉnh", "năm" or "phát triển" carry meaning in this corpus.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "và của là các những được có trong cho với đã đang sẽ thì mà này đó khi từ tại theo về " +
    "để như cũng không một ra vào lại rằng nhưng hay hoặc nên do bị vì nếu nhiều đến trên dưới " +
    "sau trước giữa cùng nhất rất vẫn còn chỉ đều mỗi qua bởi ở thế nào gì ai đây kia ấy nữa"
  ).split(" "),
);

/** Whether a normalized syllable is a stopword. */
export function isStopword(syllable: string): boolean {
  return STOPWORDS.has(syllable);
}

// NOTE: the folded forms of the stopwords that are, in running text, almost always the
// function word. Left out are folded forms shared with common content syllables ("cua": của /
// cửa, "dang": đang / Đảng, "tai": tại / tài, "thi": thì / thị, "van": vẫn / văn…): for those,
// each spelling an article writes is a stopword or not on its own.
const FOLDED_STOPWORDS: ReadonlySet<string> = new Set(
  (
    "va la cac nhung duoc voi se nay theo nhu khong mot vao rang hoac nhieu tren duoi truoc giua rat deu nao gi kia ay"
  ).split(" "),
);

/**
 * Whether a folded syllable is a function word whatever its marks ("va" and "và", "duoc" and
 * "được"); a folded form shared with common content words is not.
 */
export function isFoldedStopword(syllable: string): boolean {
  return FOLDED_STOPWORDS.has(syllable);
}
