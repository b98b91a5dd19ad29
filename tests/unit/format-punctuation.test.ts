import { describe, expect, it } from "vitest";
import { colon, labelled } from "@/components/format/punctuation";

describe("a label's colon in the reader's language", () => {
  it("puts a no-break space before it in French only", () => {
    expect(labelled("Summary", "All records", "en")).toBe("Summary: All records");
    expect(labelled("Résumé", "Tous les enregistrements", "fr")).toBe("Résumé\u00a0: Tous les enregistrements");
    expect(labelled("الملخص", "كل السجلات", "ar")).toBe("الملخص: كل السجلات");
    expect(colon("fr-CA")).toBe("\u00a0: ");
    expect(colon("en-GB")).toBe(": ");
  });
});
