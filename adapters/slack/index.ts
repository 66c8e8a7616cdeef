export { createSlackAdapter, SLACK_EVENTS_PATH } from "./create-slack-adapter.ts";
export type { SlackAdapter, SlackAdapterDeps } from "./create-slack-adapter.ts";
export { createSlackOutgoing, INACTIVE_ERRORS } from "./outgoing.ts";
export { renderReply, renderReplyMessages, renderNotice, fallbackText } from "./render.ts";
export type { SlackMessage, SlackBlock, RenderOptions } from "./render.ts";
export { buildSlackManifest } from "./manifest.ts";
