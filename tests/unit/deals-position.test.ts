import { describe, expect, it } from "vitest";
import { generateKeyBetween } from "@/lib/deals/position";
import { positionKey } from "@/db/seed/prng";

describe("generateKeyBetween (compatible with rocicorp/fractional-indexing)", () => {
  // The reference vectors of the library's own test-suite.
  it.each([
    [null, null, "a0"],
    [null, "a0", "Zz"],
    [null, "Zz", "Zy"],
    ["a0", null, "a1"],
    ["a1", null, "a2"],
    ["a0", "a1", "a0V"],
    ["a1", "a2", "a1V"],
    ["a0V", "a1", "a0l"],
    ["Zz", "a0", "ZzV"],
    ["Zz", "a1", "a0"],
    [null, "Y00", "Xzzz"],
    ["bzz", null, "c000"],
    ["a0", "a0V", "a0G"],
    ["a0", "a0G", "a08"],
    ["b125", "b129", "b127"],
    ["a0", "a1V", "a1"],
    ["Zz", "a01", "a0"],
    [null, "a0V", "a0"],
    [null, "b999", "b99"],
    [null, "A000000000000000000000000001", "A000000000000000000000000000V"],
    ["zzzzzzzzzzzzzzzzzzzzzzzzzzzy", null, "zzzzzzzzzzzzzzzzzzzzzzzzzzzz"],
    ["zzzzzzzzzzzzzzzzzzzzzzzzzzzz", null, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzV"],
  ] as const)("between %s and %s is %s", (a, b, expected) => {
    expect(generateKeyBetween(a, b)).toBe(expected);
  });

  it.each([
    [null, "A00000000000000000000000000", "invalid order key: A00000000000000000000000000"],
    ["a00", null, "invalid order key: a00"],
    ["a00", "a1", "invalid order key: a00"],
    ["0", "1", "invalid order key head: 0"],
    ["a1", "a0", "a1 >= a0"],
    ["a1", "a1", "a1 >= a1"],
  ] as const)("refuses %s and %s", (a, b, message) => {
    expect(() => generateKeyBetween(a, b)).toThrow(message);
  });

  it("continues the demo seed's sequence a0 … az, b00 …", () => {
    expect(generateKeyBetween(positionKey(61), null)).toBe("b00");
    expect(positionKey(62)).toBe("b00");
    for (let i = 0; i < 200; i++) expect(generateKeyBetween(positionKey(i), null)).toBe(positionKey(i + 1));
  });

  it("keeps byte order when cards keep going to the top, the bottom or between two others", () => {
    const keys = [generateKeyBetween(null, null)];
    for (let i = 0; i < 300; i++) keys.unshift(generateKeyBetween(null, keys[0]!));
    for (let i = 0; i < 300; i++) keys.push(generateKeyBetween(keys[keys.length - 1]!, null));
    let low = keys[10]!;
    const high = keys[11]!;
    for (let i = 0; i < 50; i++) {
      const mid = generateKeyBetween(low, high);
      expect(low < mid && mid < high).toBe(true);
      low = mid;
    }
    const sorted = [...keys].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect(sorted).toEqual(keys);
  });
});
