import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { basename, join } from "node:path";
import { DockerfileParser, type Copy, type Env, type From, type Instruction } from "dockerfile-ast";

/** One build stage of the Dockerfile as performed on disk: its root folder stands for `/`. */
export interface Stage {
  readonly name: string | null;
  readonly root: string;
  workdir: string;
}

/** What performing the Dockerfile produced: the final stage and what the image declares. */
export interface PerformedImage {
  readonly stages: readonly Stage[];
  /** The final stage. */
  readonly image: Stage;
  /** `ENV` of the final stage. */
  readonly env: Readonly<Record<string, string>>;
  readonly user: string | null;
  readonly volumes: readonly string[];
  readonly cmd: readonly string[];
  readonly healthcheck: readonly string[];
  /** Every `RUN` performed, with how (`literal` or the stand-in used). */
  readonly runs: readonly { readonly command: string; readonly how: string }[];
}

/** How `RUN npm ci` steps are performed. */
export interface PerformOptions {
  /** The build context (the project root). */
  readonly context: string;
  /** Where the stage folders go. */
  readonly workDir: string;
  /**
   * Run `npm ci --omit=dev` for real (slow: better-sqlite3 compiles from source without a
   * prebuilt binary). Otherwise the project's own `npm ci` result (same lockfile) is linked in
   * and pruned with `npm prune --omit=dev`, which leaves the same tree.
   */
  readonly literalProductionInstall: boolean;
}

function inStage(stage: Stage, path: string): string {
  return path.startsWith("/") ? join(stage.root, path) : join(stage.root, stage.workdir, path);
}

function jsonArgs(text: string): string[] {
  const match = /(\[.*\])\s*$/s.exec(text);
  if (!match) throw new Error(`expected the exec (JSON) form: ${text}`);
  return JSON.parse(match[1] as string) as string[];
}

// NOTE: asynchronous on purpose: a blocked worker loses its connection to the test runner.
const exec = promisify(execFile);
const MAX_OUTPUT = 64 * 1024 * 1024;

async function npm(args: readonly string[], cwd: string): Promise<void> {
  await exec("npm", args, { cwd, maxBuffer: MAX_OUTPUT, env: { ...process.env, npm_config_update_notifier: "false" } });
}

async function performRun(stage: Stage, command: string, options: PerformOptions): Promise<string> {
  const cwd = inStage(stage, ".");
  const args = command.trim().split(/\s+/);
  if (args[0] === "npm" && args[1] === "ci") {
    const production = args.includes("--omit=dev");
    if (production && options.literalProductionInstall) {
      await npm(args.slice(1), cwd);
      return "literal";
    }
    const installed = join(options.context, "node_modules");
    if (!production) {
      symlinkSync(installed, join(cwd, "node_modules"), "dir");
      return "the project's npm ci result, linked";
    }
    // NOTE: hard links copy nothing; npm prune only unlinks, the project's tree stays whole.
    await exec("cp", ["-al", installed, join(cwd, "node_modules")]);
    await npm(["prune", "--omit=dev", "--no-audit", "--no-fund"], cwd);
    return "the project's npm ci result, npm prune --omit=dev";
  }
  if (args[0] !== "npm") throw new Error(`RUN ${command}: only npm steps can be performed here`);
  await exec("sh", ["-c", command], { cwd, maxBuffer: MAX_OUTPUT });
  return "literal";
}

/**
 * Performs a Dockerfile's stages in folders, as `docker build` would in images: `WORKDIR`,
 * `COPY` (from the context or `--from` a stage), `RUN`, `ENV`; records `USER`, `VOLUME`,
 * `CMD` and `HEALTHCHECK`. Only what this project's Dockerfile uses is supported; anything
 * else throws, so the Dockerfile cannot grow a step this does not perform.
 */
export async function performDockerfile(dockerfile: string, options: PerformOptions): Promise<PerformedImage> {
  const stages: Stage[] = [];
  const runs: { command: string; how: string }[] = [];
  let env: Record<string, string> = {};
  let user: string | null = null;
  let volumes: string[] = [];
  let cmd: string[] = [];
  let healthcheck: string[] = [];
  const current = (): Stage => {
    const stage = stages.at(-1);
    if (!stage) throw new Error("an instruction before FROM");
    return stage;
  };
  const instructions: Instruction[] = DockerfileParser.parse(readFileSync(dockerfile, "utf8")).getInstructions();
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    const args = instruction.getArguments().map((arg) => arg.getValue());
    switch (keyword) {
      case "ARG":
        break;
      case "FROM": {
        const root = join(options.workDir, `stage-${stages.length}`);
        mkdirSync(root, { recursive: true });
        stages.push({ name: (instruction as From).getBuildStage(), root, workdir: "/" });
        env = {};
        user = null;
        volumes = [];
        cmd = [];
        healthcheck = [];
        break;
      }
      case "WORKDIR": {
        const stage = current();
        stage.workdir = args[0] as string;
        mkdirSync(inStage(stage, "."), { recursive: true });
        break;
      }
      case "COPY": {
        const stage = current();
        const fromName = (instruction as Copy).getFromFlag()?.getValue() ?? null;
        const from = fromName === null ? null : stages.find((candidate) => candidate.name === fromName);
        if (fromName !== null && !from) throw new Error(`COPY --from=${fromName}: no such stage`);
        const sources = args.slice(0, -1);
        const dest = args.at(-1) as string;
        for (const source of sources) {
          const path = from ? inStage(from, source) : join(options.context, source);
          // NOTE: Docker copies a folder's contents; a file into a folder target keeps its name.
          const into = dest.endsWith("/") && !statSync(path).isDirectory() ? join(inStage(stage, dest), basename(source)) : inStage(stage, dest);
          // NOTE: a folder from another stage is hard-linked (stages share one disk), not copied.
          if (from && statSync(path).isDirectory() && !existsSync(into)) await exec("cp", ["-al", path, into]);
          else cpSync(path, into, { recursive: true });
        }
        break;
      }
      case "RUN": {
        const command = instruction.getRawArgumentsContent() ?? "";
        runs.push({ command, how: await performRun(current(), command, options) });
        break;
      }
      case "ENV":
        for (const property of (instruction as Env).getProperties()) env[property.getName()] = property.getValue() ?? "";
        break;
      case "USER":
        user = args[0] ?? null;
        break;
      case "VOLUME":
        volumes = jsonArgs(instruction.getRawArgumentsContent() ?? "");
        break;
      case "EXPOSE":
        break;
      case "CMD":
        cmd = jsonArgs(instruction.getRawArgumentsContent() ?? "");
        break;
      case "HEALTHCHECK":
        healthcheck = jsonArgs(instruction.getRawArgumentsContent() ?? "");
        break;
      default:
        throw new Error(`${keyword}: not performed by this test; extend dockerfile-steps.ts`);
    }
  }
  return { stages, image: current(), env, user, volumes, cmd, healthcheck, runs };
}
