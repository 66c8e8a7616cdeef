export { createApp } from "./create-app.ts";
export type { App, AppDeps, AppStartOptions } from "./create-app.ts";
export { createCore, loadCore, withRouter } from "./create-core.ts";
export type { Core, CoreDeps, CoreLoadOptions } from "./create-core.ts";
export { createStopStack } from "./stop-stack.ts";
export type { StopStack } from "./stop-stack.ts";
