import { describe, expect, it } from "vitest";
import { languageName } from "@/components/format/language";

describe("a contact's language in the reader's words", () => {
  it("names a language code in the reader's language", () => {
    expect(languageName("ar", "fr")).toBe("arabe");
    expect(languageName("fr", "ar")).toBe("الفرنسية");
    expect(languageName("en", "en")).toBe("English");
    expect(languageName("en_GB", "en")).toBe("British English");
    expect(languageName(" FR ", "en")).toBe("French");
  });

  it("keeps whatever else was typed", () => {
    expect(languageName("French", "fr")).toBe("French");
    expect(languageName("Darija", "ar")).toBe("Darija");
    expect(languageName("zz", "en")).toBe("zz");
    expect(languageName("", "en")).toBeNull();
    expect(languageName(null, "en")).toBeNull();
  });
});
