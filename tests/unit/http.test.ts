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
import { Amount } from "@/lib/deals/schemas";
import { fieldPath, parseInput } from "@/lib/validation";

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
