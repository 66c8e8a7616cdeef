#!/usr/bin/env node
// The `diemtin` command: the TypeScript sources through tsx where dev dependencies are
// installed, else the compiled build in dist/ (`npm run build`).
let register = null;
try {
  ({ register } = await import("tsx/esm/api"));
} catch {
  // NOTE: production installs (npm ci --omit=dev) have no tsx.
}
if (register) {
  register();
  await import("../adapters/cli/main.ts");
} else {
  try {
    await import("../dist/adapters/cli/main.js");
  } catch (error) {
    if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
    process.stderr.write("diemtin: dist/ is missing; run `npm run build` (or install dev dependencies)\n");
    process.exit(1);
  }
}
