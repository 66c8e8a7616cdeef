// NOTE: Slack's Block Kit limits, in UTF-16 units (Slack counts characters; UTF-16 units are
// never fewer, so staying under them in units is always safe).

/** Most blocks Slack accepts in one message. */
export const MAX_BLOCKS = 50;
/** Longest text of a section block. */
export const MAX_SECTION_TEXT = 3000;
/** Longest text of a header block (plain text). */
export const MAX_HEADER_TEXT = 150;
/** Longest text of a context block element. */
export const MAX_CONTEXT_TEXT = 3000;
/** Longest label of a button. */
export const MAX_BUTTON_TEXT = 75;
/** Longest value of a button. */
export const MAX_BUTTON_VALUE = 2000;
/** Longest `action_id` / `block_id`. */
export const MAX_ACTION_ID = 255;
/** Most elements of an actions block. */
export const MAX_ACTIONS_ELEMENTS = 25;
/** Most elements of a context block. */
export const MAX_CONTEXT_ELEMENTS = 10;
// NOTE: Slack cuts `text` at 40,000 characters; the fallback only feeds notifications and
// screen readers, so it is kept much shorter.
/** Longest plain-text fallback the renderer writes. */
export const MAX_FALLBACK_TEXT = 3000;
