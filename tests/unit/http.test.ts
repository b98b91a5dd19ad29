import { describe, expect, it } from "vitest";
import { z } from "zod";
import { diff } from "@/lib/activity/record";
import { API_KEY_RE, generateApiKey, hashApiKey } from "@/lib/api-keys/key";
import { looksLikeJwt } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { readBody } from "@/lib/http/body";
import { errorBody, errorResponse } from "@/lib/http/errors";
import { isUuid, newId } from "@/lib/ids";
import { containsPattern } from "@/lib/search";
import { calendarDay, inDateRange, isoDateTime } from "@/lib/dates";
import { Amount, DateInput } from "@/lib/deals/schemas";
import { fieldPath, nulCharacterPath, parseInput } from "@/lib/validation";

describe("validation", () => {
  it("names nested fields the way a person reads them", () => {
    expect(fieldPath(["contacts", 0, "primaryEmail"])).toBe("contacts[0].primaryEmail");
    expect(fieldPath([])).toBe("body");
  });

  it("reports every invalid field and leads with the first", () => {
    const schema = z.object({ a: z.string(), b: z.object({ c: z.number() }) });
    try {
      parseInput(schema, { a: 1, b: { c: "x" } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      const err = e as AppError;
      expect(err.code).toBe("validation");
      expect(Object.keys(err.fields!)).toEqual(["a", "b.c"]);
      expect(err.message).toMatch(/^a: /);
    }
  });

  it("tells a missing field from a value of the wrong type, also through a preprocessing schema", () => {
    const schema = z.object({ n: z.number(), m: z.number(), amount: Amount });
    try {
      parseInput(schema, { m: "lots", amount: "plenty" });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).issues).toEqual({ n: { kind: "required" }, m: { kind: "invalid_type" }, amount: { kind: "invalid_type" } });
    }
  });

  it("refuses a NUL character anywhere in the input, naming where, whatever the schema", () => {
    expect(nulCharacterPath({ a: "fine", list: [{ note: "x\u0000y" }] })).toEqual(["list", 0, "note"]);
    expect(nulCharacterPath({ ["k\u0000"]: 1 })).toEqual(["k\u0000"]);
    expect(nulCharacterPath({ a: "fine", n: 1, b: null, c: [true] })).toBeNull();
    try {
      parseInput(z.object({ graph: z.unknown() }), { graph: { nodes: [{ label: "a\u0000b" }] } });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).fields).toEqual({ "graph.nodes[0].label": "must not contain the NUL character (U+0000)" });
      expect((e as AppError).issues).toEqual({ "graph.nodes[0].label": { kind: "invalid_format" } });
    }
  });
});

describe("dates", () => {
  it("accepts real days of years 1 to 9999 only", () => {
    expect(calendarDay("2026-02-28")?.toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(calendarDay("0001-01-01")?.toISOString()).toBe("0001-01-01T00:00:00.000Z");
    for (const bad of ["0000-01-01", "2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "+275760-09-13"]) expect(calendarDay(bad)).toBeNull();
    expect(inDateRange(new Date("0000-06-01T00:00:00Z"))).toBe(false);
    expect(inDateRange(new Date("9999-12-31T23:59:59Z"))).toBe(true);
    expect(inDateRange(new Date("nonsense"))).toBe(false);
  });

  it("reads deal dates in both documented forms and refuses year 0", () => {
    expect(DateInput.parse("2026:03:01")).toBe("2026-03-01");
    expect(DateInput.safeParse("0000:01:01").success).toBe(false);
    expect(isoDateTime("bad").safeParse("0000-01-01T00:00:00Z").success).toBe(false);
    expect(isoDateTime("bad").safeParse("2026-01-01T00:00:00+01:00").success).toBe(true);
  });
});

describe("error bodies", () => {
  const err = new AppError("validation", "title: is required", { fields: { title: "is required" } });

  it("default body carries error, message, code and the field map", () => {
    expect(errorBody(err, "default")).toEqual({ error: "title: is required", message: "title: is required", code: "validation", errors: { title: "is required" } });
  });

  it("string body is '<field> <message>' as document 003's task endpoints answer", () => {
    expect(errorBody(err, "string")).toBe("title is required");
    expect(errorBody(new AppError("not_found", "Task not found"), "string")).toBe("Task not found");
  });

  it("maps codes to statuses and adds Retry-After to 429", () => {
    expect(errorResponse(new AppError("not_found", "x")).status).toBe(404);
    expect(errorResponse(new AppError("conflict", "x")).status).toBe(409);
    const limited = errorResponse(new AppError("rate_limited", "slow down", { retryAfter: 42 }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("42");
  });
});

describe("request bodies", () => {
  const req = (body: string, type = "application/json") => new Request("http://x/", { method: "POST", body, headers: { "content-type": type } });

  it("reads JSON objects, form-encoded bodies and empty bodies", async () => {
    expect(await readBody(req('{"a":1}'))).toEqual({ a: 1 });
    expect(await readBody(req("name=Big+deal&currency=EUR", "application/x-www-form-urlencoded"))).toEqual({ name: "Big deal", currency: "EUR" });
    expect(await readBody(req(""))).toEqual({});
  });

  it.each(["{", "[1]", '"text"', "null", "12"])("rejects %s with a 400", async (body) => {
    await expect(readBody(req(body))).rejects.toMatchObject({ code: "bad_request" });
  });
});

describe("ids, keys and search patterns", () => {
  it("makes time-ordered UUIDv7 ids", () => {
    const a = newId();
    const b = newId();
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe("7");
    expect(a < b).toBe(true);
    expect(isUuid("123")).toBe(false);
  });

  it("makes 64-character API keys and hashes them deterministically", () => {
    const key = generateApiKey();
    expect(key).toHaveLength(64);
    expect(API_KEY_RE.test(key)).toBe(true);
    expect(hashApiKey(key)).toBe(hashApiKey(key));
    expect(hashApiKey(key)).not.toBe(hashApiKey(generateApiKey()));
    expect(looksLikeJwt(key)).toBe(false);
    expect(looksLikeJwt("a.b.c")).toBe(true);
  });

  it("escapes LIKE wildcards in search text", () => {
    expect(containsPattern("100%_x\\")).toBe("%100\\%\\_x\\\\%");
  });
});

describe("activity diff", () => {
  it("lists changed fields with from/to, skipping absent and equal ones", () => {
    const at = new Date("2026-01-02T03:04:05Z");
    expect(diff({ a: 1, b: "x", c: null, d: at }, { a: 1, b: "y", c: undefined, d: new Date(at) })).toEqual({ b: { from: "x", to: "y" } });
    expect(diff({ tags: ["a"] }, { tags: ["a", "b"] })).toEqual({ tags: { from: ["a"], to: ["a", "b"] } });
  });
});
