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
