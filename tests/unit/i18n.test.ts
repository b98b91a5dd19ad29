import { describe, expect, it } from "vitest";
import { defineMessages, translator } from "@/components/i18n/catalog";
import { documentLocale } from "@/components/i18n/locale";
import { accountMessages } from "@/components/accounts/messages";
import { contactMessages } from "@/components/contacts/messages";

const messages = defineMessages({
  en: { hello: "Hello {name}", deals_one: "{count} deal", deals_other: "{count} deals", onlyEnglish: "Only English" },
  fr: { hello: "Bonjour {name}", deals_one: "{count} affaire", deals_other: "{count} affaires", onlyEnglish: "" },
  ar: { hello: "مرحبا {name}", deals_one: "صفقة واحدة", deals_other: "{count} صفقة", onlyEnglish: "" },
});

describe("translator", () => {
  it("fills variables and formats numbers for the locale", () => {
    expect(translator(messages, "fr")("hello", { name: "Sophie" })).toBe("Bonjour Sophie");
    expect(translator(messages, "en")("deals", { count: 1200 })).toBe("1,200 deals");
    expect(translator(messages, "fr")("deals", { count: 1200 })).toBe("1\u202f200 affaires");
  });

  it("picks the plural form of the locale", () => {
    expect(translator(messages, "en")("deals", { count: 1 })).toBe("1 deal");
    expect(translator(messages, "fr")("deals", { count: 1 })).toBe("1 affaire");
    expect(translator(messages, "ar")("deals", { count: 1 })).toBe("صفقة واحدة");
    // Arabic "few" is missing from this catalog: the "other" form answers, in the digits CLDR gives Arabic (Latin by default).
    expect(translator(messages, "ar")("deals", { count: 3 })).toBe(`${new Intl.NumberFormat("ar").format(3)} صفقة`);
  });

  it("leaves unknown variables visible rather than blank", () => {
    expect(translator(messages, "en")("hello")).toBe("Hello {name}");
  });
});

describe("bulk messages of the contact and account lists", () => {
  it("name contacts and accounts with the plural of each language", () => {
    type Say = (key: "assignedMany" | "deletedMany", vars: { count: number }) => string;
    const said = (t: Say, key: "assignedMany" | "deletedMany") => [1, 2, 3, 11, 100].map((count) => t(key, { count }));
    expect(said(translator(contactMessages, "en"), "assignedMany")).toEqual(["1 contact assigned.", "2 contacts assigned.", "3 contacts assigned.", "11 contacts assigned.", "100 contacts assigned."]);
    expect(said(translator(accountMessages, "fr"), "deletedMany")).toEqual(["1 compte supprimé.", "2 comptes supprimés.", "3 comptes supprimés.", "11 comptes supprimés.", "100 comptes supprimés."]);
    const n = (count: number) => new Intl.NumberFormat("ar").format(count);
    expect(said(translator(contactMessages, "ar"), "deletedMany")).toEqual(["حُذفت جهة اتصال واحدة.", "حُذفت جهتا اتصال.", `حُذفت ${n(3)} جهات اتصال.`, `حُذفت ${n(11)} جهة اتصال.`, `حُذفت ${n(100)} جهة اتصال.`]);
    expect(said(translator(accountMessages, "ar"), "assignedMany")).toEqual(["أُسند حساب واحد.", "أُسند حسابان.", `أُسندت ${n(3)} حسابات.`, `أُسند ${n(11)} حسابًا.`, `أُسند ${n(100)} حساب.`]);
  });
});

describe("documentLocale", () => {
  it("is right-to-left for Arabic only, and English for anything unknown", () => {
    expect(documentLocale("ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(documentLocale("fr")).toEqual({ lang: "fr", dir: "ltr" });
    expect(documentLocale("de")).toEqual({ lang: "en", dir: "ltr" });
    expect(documentLocale(null)).toEqual({ lang: "en", dir: "ltr" });
  });
});
