import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { describe, expect, it } from "vitest";

const CONFIG = "./.dependency-cruiser.cjs";

async function cruiseProject(): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(CONFIG);
  const reported = await cruise(["src", "adapters"], { ...options, validate: true }, {}, { tsConfig: extractTSConfig("tsconfig.json") });
  return reported.output as ICruiseResult;
}

describe("import rules (.dependency-cruiser.cjs, docs/architecture.md)", () => {
  it("returns no violation when src/ and adapters/ are cruised: no circle, no upward import, no platform in src/", async () => {
    const result = await cruiseProject();
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    expect(result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`)).toEqual([]);
  }, 120_000);

  it("returns every folder of src/ in a layer of the rules", () => {
    const config = createRequire(import.meta.url)(`../.${CONFIG}`) as { forbidden: Array<{ name: string; from: { pathNot?: string[] } }> };
    const rule = config.forbidden.find((candidate) => candidate.name === "src-in-a-layer");
    const layered = new RegExp(rule?.from.pathNot?.[0] ?? "^$");
    const folders = readdirSync("src", { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.filter((folder) => !layered.test(`src/${folder.name}/x.ts`)).map((folder) => folder.name)).toEqual([]);
  });
});
