export { createCore, loadCore, withRouter } from "./create-core.ts";
export type { Core, CoreDeps, CoreLoadOptions } from "./create-core.ts";
