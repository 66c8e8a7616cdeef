import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { FAKE_TOKEN, startFakeBotApi, type FakeBotApi } from "./telegram/fake-bot-api.ts";
import { postSigned, slashCommandBody, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "./slack/signed-request.ts";
import { startStubWebApi, type StubWebApi } from "./slack/stub-web-api.ts";
import { logLines, removeTempDirs, runMain as run, tempDir, TINH_MESSAGE, waitForLog, type MainRun as Run } from "./main-process.ts";

afterAll(removeTempDirs);

describe("npm start without a platform token", () => {
  it("returns one answer per piped line and exits 0 when input ends", async () => {
    const started = run({ DATA_DIR: tempDir() }, "/tinh Hạ Long\n/theodoi Quảng Ninh\n/dangtheodoi\n");
    expect(await started.exited).toBe(0);
    expect(started.stdout).toContain("Hạ Long → Quảng Ninh");
    expect(started.stdout).toContain("Đang theo dõi (1)");
  });

  it("returns the subscriptions made before a restart from the same DATA_DIR", async () => {
    const dataDir = tempDir();
    expect(await run({ DATA_DIR: dataDir }, "/theodoi Lạng Sơn\n").exited).toBe(0);
    const second = run({ DATA_DIR: dataDir }, "/dangtheodoi\n");
    expect(await second.exited).toBe(0);
    expect(second.stdout).toContain("tỉnh Lạng Sơn");
  });

  it("exits 1 with a message naming the path when DATA_DIR is a file", async () => {
    const file = join(tempDir(), "not-a-dir");
    writeFileSync(file, "x");
    const started = run({ DATA_DIR: file }, "/moi\n");
    expect(await started.exited).toBe(1);
    expect(started.stderr).toContain(file);
    expect(started.stdout).toBe("");
  });
});

describe("npm start with Telegram and Slack tokens", () => {
  let api: FakeBotApi | null = null;
  let stub: StubWebApi | null = null;
  let child: Run | null = null;
  afterEach(async () => {
    child?.child.kill("SIGKILL");
    await api?.close();
    await stub?.close();
  });

  it("answers on both platforms in one process and exits 0 on SIGTERM", async () => {
    api = await startFakeBotApi();
    stub = await startStubWebApi();
    child = run({
      DATA_DIR: tempDir(),
      TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: stub.apiUrl,
      SLACK_PORT: "0",
    });
    const started = await waitForLog(child, "app: started");
    expect(started).toMatchObject({ telegram: true, slack: true });

    api.pushUpdate(TINH_MESSAGE);
    const [sent] = await api.waitForCalls("sendMessage", 1, { timeoutMs: 60_000 });
    expect(sent?.payload.chat_id).toBe(42);
    expect(String(sent?.payload.text)).toContain("Quảng Ninh");

    const response = await postSigned(
      `http://127.0.0.1:${String(started.slackPort)}/slack/events`,
      TEST_SIGNING_SECRET,
      slashCommandBody({ command: "/tim", text: "tăng trưởng GRDP", responseUrl: stub.responseUrl("main") }),
    );
    expect(response.status).toBe(200);
    const [answer] = await stub.waitForResponses("main", 1, 60_000);
    expect(JSON.stringify(answer?.body)).toContain("GRDP");

    child.child.kill("SIGTERM");
    expect(await child.exited).toBe(0);
    expect(logLines(child.stderr).some((entry) => entry.msg === "app: stopped")).toBe(true);
    expect(child.stderr).not.toContain(FAKE_TOKEN.split(":")[1]);
    expect(child.stderr).not.toContain(TEST_BOT_TOKEN);
    expect(child.stderr).not.toContain(TEST_SIGNING_SECRET);
  }, 300_000);
});
