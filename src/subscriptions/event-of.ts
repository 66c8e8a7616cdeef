/** Groups near-duplicate articles: articles with the same key are about the same event. */
export type EventOf = (articleId: string) => string;

/** Each article is its own event: no near-duplicate grouping. */
export const identityEventOf: EventOf = (id) => id;
