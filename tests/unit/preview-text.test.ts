import { describe, expect, it } from "vitest";
import { translator } from "@/components/i18n/catalog";
import { queryBuilderMessages } from "@/components/query-builder/messages";
import { previewCountText, previewDetailText, previewEmptyText } from "@/components/query-builder/preview-text";

const en = translator(queryBuilderMessages, "en");
const fr = translator(queryBuilderMessages, "fr");
const ar = translator(queryBuilderMessages, "ar");

describe("filter preview words", () => {
  it("names what it counts, with the plural of each language", () => {
    expect(previewCountText(en, "contact", 1)).toBe("1 matching contact");
    expect(previewCountText(en, "deal", 151)).toBe("151 matching deals");
    expect(previewCountText(fr, "contact", 151)).toBe("151 contacts correspondants");
    expect(previewCountText(fr, "account", 0)).toBe("0 compte correspondant");
    expect(previewCountText(fr, "deal", 1)).toBe("1 affaire correspondante");
    expect(previewCountText(fr, "task", 1500)).toBe("1\u202f500 tâches correspondantes");
    expect(previewCountText(ar, "deal", 1)).toBe("صفقة واحدة مطابقة");
    expect(previewCountText(ar, "deal", 2)).toBe("صفقتان مطابقتان");
    expect(previewCountText(ar, "contact", 3)).toBe("3 جهات اتصال مطابقة");
    expect(previewCountText(ar, "account", 11)).toBe("11 حسابًا مطابقًا");
    expect(previewCountText(ar, "task", 151)).toBe("151 مهمةً مطابقة");
    expect(previewCountText(ar, "task", 100)).toBe("100 مهمة مطابقة");
    expect(previewEmptyText(fr, "deal")).toBe("Aucune affaire ne correspond à ce filtre.");
    // No generic "records" left in any language.
    for (const t of [en, fr, ar]) for (const e of ["contact", "account", "deal", "task"] as const) expect(previewCountText(t, e, 151)).not.toMatch(/record|enregistrement|سجل/);
  });

  it("formats a deal's amount in its currency, a due date and a place for the reader's locale", () => {
    const amount = { kind: "amount", amount: 4200, currency: "EUR" } as const;
    expect(previewDetailText(amount, en, "en")).toBe("€4,200");
    expect(previewDetailText(amount, fr, "fr")).toBe("4\u202f200\u00a0€");
    expect(previewDetailText({ kind: "amount", amount: 1250.5, currency: "MAD" }, ar, "ar")).toBe("\u200f1,250.5\u00a0د.م.\u200f");
    expect(previewDetailText({ kind: "amount", amount: 4200, currency: "USD" }, fr, "fr")).toBe("4\u202f200\u00a0$US");
    expect(previewDetailText({ kind: "due", at: "2026-03-05T09:30:00.000Z" }, fr, "fr")).toMatch(/^Échéance : 5 mars 2026/);
    expect(previewDetailText({ kind: "place", city: "Lyon", country: "France" }, en, "en")).toBe("Lyon, France");
    expect(previewDetailText({ kind: "place", city: "الرباط", country: "المغرب" }, ar, "ar")).toBe("الرباط، المغرب");
    expect(previewDetailText({ kind: "place", city: null, country: "France" }, fr, "fr")).toBe("France");
    expect(previewDetailText({ kind: "email", email: "a@b.test" }, ar, "ar")).toBe("a@b.test");
  });
});
