import { beforeAll, describe, expect, it } from "vitest";
import { createRng, type Rng } from "@/db/seed/prng";
import { countAndPage, OPERATORS_BY_TYPE, type FieldType } from "@/lib/query";
import { newWorkspace, type TestUser } from "../helpers";
import { insertCustomField, insertDeal, setCustomValue } from "../query-fixtures";
import { evaluate, type Row } from "../query-oracle";

/**
 * Property: for random deals and random queries, the SQL compiler and an in-memory evaluation of the
 * same query select exactly the same records.
 */
const NOW = new Date("2025-01-20T12:00:00Z");
const TYPES: Record<string, FieldType> = {
  name: "string",
  category: "string",
  amount: "number",
  probability: "number",
  status: "enum",
  expectedCloseDate: "date",
  dateCreated: "datetime",
  isQualified: "boolean",
  "custom.region": "string",
  "custom.score": "number",
  "custom.vip": "boolean",
  "custom.renewal": "date",
};
const TEXTS = [null, "", "alpha", "Alpha Beta", "beta", "GAMMA", "al%pha", "a_b", "delta x"];
const NUMBERS = [null, -5, 0, 10, 99.5, 100, 1000];
const DATES = [null, "2024-12-31", "2025-01-01", "2025-01-15", "2025-02-01"];
const INSTANTS = ["2024-12-31T23:59:59.000Z", "2025-01-01T00:00:00.000Z", "2025-01-01T12:00:00.000Z", "2025-01-15T08:00:00.000Z"];
const VALUES: Record<FieldType, unknown[]> = {
  string: ["al", "alpha", "ALPHA", "a", "%", "_", "beta", "x", "gamma", "alpha beta"],
  number: [-5, 0, 10, 50, 99.5, 100, 500],
  enum: ["open", "won", "lost"],
  date: ["2024-12-31", "2025-01-01", "2025-01-15", "2025-02-01", "today", "last 30 days", "next 7 days", "last month"],
  datetime: ["2025-01-01", "2025-01-01T00:00:00Z", "2025-01-01T12:00:00Z", "last 30 days", "this year", "2024-12-31"],
  boolean: [true, false],
};

let user: TestUser;
const rows: Row[] = [];

function randomValue(rng: Rng, type: FieldType, operator: string): unknown {
  if (operator === "null" || operator === "notNull") return null;
  if (operator === "in" || operator === "notIn") return Array.from({ length: rng.int(1, 3) }, () => rng.pick(VALUES[type]));
  if (operator === "between" || operator === "notBetween") {
    const pair = [rng.pick(VALUES[type]), rng.pick(VALUES[type])];
    return type === "number" ? pair : pair.sort((a, b) => String(a).localeCompare(String(b)));
  }
  return rng.pick(VALUES[type]);
}

function randomGroup(rng: Rng, depth: number): { combinator: string; not: boolean; rules: unknown[] } {
  const rules = Array.from({ length: rng.int(1, 3) }, () => {
    if (depth < 3 && rng.chance(0.3)) return randomGroup(rng, depth + 1);
    const field = rng.pick(Object.keys(TYPES));
    const type = TYPES[field]!;
    const operator = rng.pick(OPERATORS_BY_TYPE[type]);
    return { field, operator, value: randomValue(rng, type, operator) };
  });
  return { combinator: rng.pick(["and", "or"]), not: rng.chance(0.25), rules };
}

beforeAll(async () => {
  user = await newWorkspace("Property");
  const rng = createRng(4242);
  const region = await insertCustomField(user, "deal", "region", "text");
  const score = await insertCustomField(user, "deal", "score", "number");
  const vip = await insertCustomField(user, "deal", "vip", "boolean");
  const renewal = await insertCustomField(user, "deal", "renewal", "date");
  for (let i = 0; i < 80; i++) {
    const row: Row = {
      name: rng.pick(TEXTS.filter((t): t is string => !!t)),
      category: rng.pick(TEXTS),
      amount: rng.pick(NUMBERS),
      probability: rng.pick([null, 0, 10, 50, 100]),
      status: rng.pick(["open", "won", "lost"] as const),
      expectedCloseDate: rng.pick(DATES),
      dateCreated: rng.pick(INSTANTS),
      isQualified: rng.chance(0.5),
      "custom.region": rng.chance(0.3) ? undefined : rng.pick(TEXTS),
      "custom.score": rng.chance(0.3) ? undefined : rng.pick(NUMBERS.filter((n) => n !== null)),
      "custom.vip": rng.chance(0.3) ? undefined : rng.chance(0.5),
      "custom.renewal": rng.chance(0.3) ? undefined : rng.pick(DATES.filter(Boolean)),
    };
    const deal = await insertDeal(user, {
      name: row.name as string,
      category: row.category as string | null,
      amount: row.amount === null ? null : String(row.amount),
      probability: row.probability as number | null,
      status: row.status as "open",
      expectedCloseDate: row.expectedCloseDate as string | null,
      createdAt: new Date(row.dateCreated as string),
      isQualified: row.isQualified as boolean,
    });
    row.id = deal.id;
    if (row["custom.region"] !== undefined && row["custom.region"] !== null) await setCustomValue(user, region, deal.id, { valueText: row["custom.region"] as string });
    if (row["custom.score"] !== undefined) await setCustomValue(user, score, deal.id, { valueNumber: String(row["custom.score"]) });
    if (row["custom.vip"] !== undefined) await setCustomValue(user, vip, deal.id, { valueBool: row["custom.vip"] as boolean });
    if (row["custom.renewal"] !== undefined) await setCustomValue(user, renewal, deal.id, { valueDate: new Date(`${row["custom.renewal"]}T00:00:00Z`) });
    rows.push(row);
  }
});

describe("compiled SQL agrees with the in-memory evaluation", () => {
  it("on 300 random queries over random data", async () => {
    const rng = createRng(777);
    let nonTrivial = 0;
    for (let i = 0; i < 300; i++) {
      const query = randomGroup(rng, 1);
      const expected = rows.filter((r) => evaluate(query as never, r, TYPES, NOW)).map((r) => r.id as string).sort();
      const { rows: got, total } = await countAndPage({ ctx: user.ctx, entity: "deal", query, limit: 1000, now: NOW });
      const actual = got.map((r) => r.id).sort();
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        throw new Error(`query ${i} disagrees: ${JSON.stringify(query)}\nSQL ${actual.length} rows, memory ${expected.length} rows`);
      }
      expect(total).toBe(expected.length);
      if (expected.length > 0 && expected.length < rows.length) nonTrivial++;
    }
    // The generator must produce selective queries, or the property says little.
    expect(nonTrivial).toBeGreaterThan(100);
  });
});
