// The import rules of diemtin (docs/architecture.md): layers bottom up, each folder of src/
// in exactly one layer; a module imports its own layer or lower ones, never higher; no
// circles; src/ never imports a chat platform; adapters reach the core only through
// src/index.ts. `npm run depcruise` checks them, and so does the test suite.

/** The layers of src/, bottom up: folder names. */
const LAYERS = [
  { name: "foundation", folders: ["util", "model", "text", "format", "config"] },
  { name: "domain", folders: ["articles", "places", "extract", "events", "reply", "delivery"] },
  { name: "data", folders: ["search", "store", "corpus"] },
  { name: "services", folders: ["subscriptions", "digest", "live"] },
  { name: "router", folders: ["router"] },
  { name: "app", folders: ["app"] },
];

const folderPattern = (folders) => `^src/(${folders.join("|")})/`;

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-upward-from-${layer.name}`,
  comment: `${layer.name} (${layer.folders.join(", ")}) may import only its own layer or lower ones`,
  severity: "error",
  from: { path: folderPattern(layer.folders) },
  to: { path: [folderPattern(LAYERS.slice(index + 1).flatMap((higher) => higher.folders)), "^src/index\\.ts$"] },
}));

module.exports = {

  forbidden: [
    {
      name: "no-circular",
      comment: "no module may reach itself through its imports",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: "src-in-a-layer",
      comment: "every folder of src/ belongs to a layer (add a new folder to LAYERS)",
      severity: "error",
      from: { path: "^src/", pathNot: [folderPattern(LAYERS.flatMap((layer) => layer.folders)), "^src/index\\.ts$"] },
      to: {},
    },
    {
      name: "no-platform-in-src",
      comment: "the core is platform-neutral: chat platforms are the adapters' business",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-no-pkg", "npm-unknown"], path: "^node_modules/(grammy|@grammyjs|@slack)/" },
    },
    {
      name: "adapters-through-index",
      comment: "adapters import the core only through src/index.ts",
      severity: "error",
      from: { path: "^adapters/" },
      to: { path: "^src/", pathNot: "^src/index\\.ts$" },
    },
    {
      name: "not-to-unresolvable",
      comment: "every import resolves",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
