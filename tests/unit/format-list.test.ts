import { describe, expect, it } from "vitest";
import { formatList, listParts } from "@/components/format/list";

describe("lists in the reader's language", () => {
  it("joins plain values the way each language does", () => {
    expect(formatList(["Won", "Lost"], "en", "disjunction")).toBe("Won or Lost");
    expect(formatList(["A", "B", "C"], "fr")).toBe("A, B et C");
    expect(formatList(["A", "B", "C"], "ar")).toBe("A وB وC");
  });

  it("gives the separators of a list of elements (links), never a Latin comma in Arabic", () => {
    expect(listParts(1, "en")).toEqual([{ item: 0 }]);
    expect(listParts(2, "en")).toEqual([{ item: 0 }, " and ", { item: 1 }]);
    expect(listParts(3, "fr")).toEqual([{ item: 0 }, ", ", { item: 1 }, " et ", { item: 2 }]);
    const ar = listParts(3, "ar");
    expect(ar.filter((p) => typeof p !== "string")).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
    expect(ar.filter((p) => typeof p === "string").join("|")).toBe(" و| و");
    expect(listParts(0, "en")).toEqual([]);
  });
});
