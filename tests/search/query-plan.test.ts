import { describe, expect, it } from "vitest";
import { SEARCH_OPTIONS, type FieldName } from "../../src/search/index.ts";
import { planQuery } from "../../src/search/query-plan.ts";
import { parseQuery } from "../../src/search/query.ts";

type Leaf = { queries: string[]; fields: FieldName[] };
const leaves = (plan: ReturnType<typeof planQuery>): Record<string, FieldName[]> =>
  Object.fromEntries(((plan?.query as { queries: Leaf[] } | undefined)?.queries ?? []).map((leaf) => [leaf.queries[0], leaf.fields]));

const budget = SEARCH_OPTIONS.postingBudget;

describe("planQuery", () => {
  it("reads every list of a query within the budget, pairs outside the body", () => {
    const plan = planQuery(parseQuery("Quảng Ninh"), () => 10);
    expect(leaves(plan)).toEqual({
      quang: [...SEARCH_OPTIONS.textFields],
      ninh: [...SEARCH_OPTIONS.textFields],
      quang_ninh: [...SEARCH_OPTIONS.pairFields],
    });
    expect(SEARCH_OPTIONS.pairFields).not.toContain("body");
  });

  it("skips the longest lists first when the budget is exceeded", () => {
    const frequency = (term: string, field: FieldName) => (term === "ninh" && field === "body" ? budget : 10);
    const plan = leaves(planQuery(parseQuery("quang ninh"), frequency));
    expect(plan.quang).toContain("body");
    expect(plan.ninh).not.toContain("body");
    expect(plan.ninh).toContain("title");
    expect(plan.quang_ninh).toEqual([...SEARCH_OPTIONS.pairFields]);
  });

  it("requires and always reads the rarest syllable of a quoted phrase", () => {
    const frequency = (term: string) => (term === "ninh" ? budget * 2 : term === "quang" ? budget * 3 : 5);
    const plan = planQuery(parseQuery('"quang ninh" du lich'), frequency);
    expect(plan?.required).toEqual(["ninh"]);
    expect(leaves(plan).ninh).toEqual([...SEARCH_OPTIONS.textFields]);
    expect(leaves(plan).quang).toBeUndefined();
  });

  it("reads the rarest list when every list exceeds the budget", () => {
    const plan = leaves(planQuery(parseQuery("tinh"), (_term, field) => (field === "title" ? budget * 2 : budget * 3)));
    expect(plan).toEqual({ tinh: ["title"] });
  });

  it("looks document codes up in the documents field only, and skips absent terms", () => {
    const plan = leaves(planQuery(parseQuery("24-CT/TW"), (term, field) => (field === "documents" && term === "24_ct_tw" ? 1 : 0)));
    expect(plan).toEqual({ "24_ct_tw": ["documents"] });
  });

  it("returns null when no term is indexed", () => {
    expect(planQuery(parseQuery("xyz"), () => 0)).toBeNull();
  });
});
