import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixedClock, createSilentLogger, loadCore, type Block, type Core, type Reply } from "../../src/index.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";

let core: Core;
let merged: Core;
let dir: string;

function text(reply: Reply): string {
  return reply.blocks
    .map((block: Block) => (block.kind === "heading" ? block.text : block.kind === "paragraph" ? block.spans.map((span) => span.text).join("") : ""))
    .filter(Boolean)
    .join("\n");
}

function article(title: string, lead: string): string {
  return `${title}\ndate: 2025-03-03\n\n${lead}\n\nĐoạn thứ hai nói về kết quả thu ngân sách và thu hút đầu tư trong năm 2024 của địa phương.\n`;
}

beforeAll(() => {
  const options = { snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") };
  core = loadCore({ corpusDirs: [SEEDS_DIR], ...options });
  dir = mkdtempSync(join(tmpdir(), "diemtin-merged-"));
  writeFileSync(join(dir, "hd1.txt"), article("Tỉnh Hải Dương khởi công cầu mới qua sông Thái Bình", "Sáng 3/3, UBND tỉnh Hải Dương khởi công cầu qua sông Thái Bình, tổng vốn 900 tỷ đồng."));
  writeFileSync(join(dir, "hd2.txt"), article("Hải Dương đón 2 triệu lượt khách dịp lễ hội Côn Sơn", "Ban tổ chức lễ hội Côn Sơn - Kiếp Bạc tỉnh Hải Dương cho biết đã đón 2 triệu lượt khách."));
  writeFileSync(join(dir, "hp1.txt"), article("Hải Phòng mở tuyến xe buýt mới ra cảng Lạch Huyện", "Sở Giao thông vận tải thành phố Hải Phòng vừa mở tuyến xe buýt mới ra cảng Lạch Huyện."));
  merged = loadCore({ corpusDirs: [dir], ...options });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A corpus of 120 short articles, more than /moi lists. */
async function loadBig(): Promise<Core> {
  const big = join(dir, "big");
  mkdirSync(big);
  for (let index = 0; index < 120; index++) {
    const day = String((index % 28) + 1).padStart(2, "0");
    writeFileSync(join(big, `b${index}.txt`), article(`Tin số ${index} về thu ngân sách tỉnh Quảng Ninh`, `Sáng ${day}/2, tỉnh Quảng Ninh công bố kết quả thu ngân sách quý I, tin số ${index}.`).replace("2025-03-03", `2025-02-${day}`));
  }
  return loadCore({ corpusDirs: [big], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
}

describe("/tim filters that exclude everything", () => {
  it.each([
    ["/tim GRDP tu:01/01/2030", "không bài nào có ngày từ 1/1/2030 trở đi (bộ lọc tu:)", "Bài mới nhất có ngày"],
    ["/tim GRDP den:01/01/2000", "không bài nào có ngày đến 1/1/2000 (bộ lọc den:)", "Bài mới nhất có ngày"],
    ['/tim GRDP tinh:"Cà Mau"', "không bài nào nói về Cà Mau (bộ lọc tinh:)", "Có 3 bài cho “GRDP”"],
    ["/tim tinh:ca-mau", "không bài nào nói về Cà Mau (bộ lọc tinh:)", "trong kho tin"],
  ])("names the filter that left nothing of %j", async (input, why, also) => {
    const reply = await core.ask(input);
    expect(reply.ok).toBe(false);
    expect(text(reply)).toContain(why);
    expect(text(reply)).toContain(also);
    expect(text(reply)).not.toContain("Thử từ khóa ngắn hơn");
  });

  it("blames the keywords only when they find nothing on their own", async () => {
    expect(text(await core.ask("/tim zzzkhongcogi tu:01/01/2030"))).toContain("Không tìm thấy bài nào cho “zzzkhongcogi”");
  });

  it("returns a clear message when tu: is after den:", async () => {
    expect(text(await core.ask("/tim GRDP tu:2030-01-01 den:2020-01-01"))).toContain("Ngày tu:1/1/2030 sau ngày den:1/1/2020");
  });
});

describe("headers quote once", () => {
  it.each([
    ['/tim "tăng trưởng GRDP"', "Kết quả cho “tăng trưởng GRDP”"],
    ["/tim tăng trưởng GRDP", "Kết quả cho “tăng trưởng GRDP”"],
    ['/tim "tăng trưởng" GRDP', "Kết quả cho “tăng trưởng” GRDP"],
  ])("returns one pair of quotes for %j", async (input, header) => {
    const reply = await core.ask(input);
    expect(text(reply).split("\n")[0]).toBe(header);
  });
});

describe("/moi totals", () => {
  it("returns as total the number of articles it can page through", async () => {
    const reply = await core.ask("/moi 3");
    expect(reply.total).toBe(3);
  });

  it("returns at most 100 to page through and says how many the archive holds", async () => {
    const big = await loadBig();
    const reply = await big.ask("/moi");
    expect(reply.total).toBe(100);
    const pager = reply.blocks.find((block) => block.kind === "pager");
    expect(pager?.kind === "pager" && [pager.pages, pager.total]).toEqual([20, 100]);
    expect(text(reply)).toContain(`100 bài mới nhất trong ${big.articles.length.toLocaleString("vi-VN")} bài`);
  });
});

describe("/tinh with a partial or unknown name", () => {
  it.each([
    ["/tinh Hà", "Hà Nội, Hà Tĩnh"],
    ["/tinh Ninh", "Ninh Bình, Quảng Ninh, Bắc Ninh, Tây Ninh"],
    ["/tinh Quang Nihn", "Quảng Ninh"],
  ])("suggests provinces for %j", async (input, names) => {
    expect(text(await core.ask(input))).toContain(`Có phải bạn muốn tìm: ${names}?`);
  });
});

describe("/tinh for a merged province", () => {
  it("says in one line that the first results are about the former province now part of it", async () => {
    const reply = await merged.ask("/tinh Hải Phòng");
    expect(reply.ok).toBe(true);
    expect(text(reply)).toContain("Trong 3 bài đầu có 2 bài về tỉnh Hải Dương cũ; từ 1/7/2025 là một phần của thành phố Hải Phòng.");
  });

  it("leaves the line out when the typed name already says it was a former province", async () => {
    const reply = await merged.ask("/tinh Hải Dương");
    expect(text(reply)).toContain("Hải Dương: từ 1/7/2025 thuộc thành phố Hải Phòng");
    expect(text(reply)).not.toContain("bài đầu");
  });
});
