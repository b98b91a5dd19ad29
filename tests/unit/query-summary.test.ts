import { describe, expect, it } from "vitest";
import { bidiParts, isolate } from "@/components/format/bidi";
import { translator } from "@/components/i18n/catalog";
import { localizeFields } from "@/components/query-builder/field-labels";
import { queryBuilderMessages } from "@/components/query-builder/messages";
import { summarize } from "@/components/query-builder/summary";
import { BUILT_IN } from "@/lib/query/fields";
import { csvCell } from "@/lib/query/export";

const fields = BUILT_IN.deal.map(({ target: _t, ...f }) => (f.name === "stage" ? { ...f, options: [{ value: "s1", label: "Negotiation" }] } : f));
const query = {
  combinator: "and",
  rules: [
    { field: "primaryContact.primaryEmail", operator: "endsWith", value: ".com" },
    { combinator: "or", rules: [{ field: "stage", operator: "=", value: "s1" }, { field: "amount", operator: ">", value: "10000" }] },
  ],
};

describe("rule summary in words", () => {
  it("reads like the issue's example, in English and French", () => {
    expect(summarize(query, fields, translator(queryBuilderMessages, "en"), "en")).toBe("Main contact email ends with .com and (Stage is Negotiation or Amount greater than 10,000)");
    expect(summarize(query, fields, translator(queryBuilderMessages, "fr"), "fr")).toBe("Main contact email se termine par .com et (Stage est Negotiation ou Amount supérieur à 10\u202f000)");
  });

  it("says not, between, empty and all", () => {
    const t = translator(queryBuilderMessages, "en");
    expect(summarize({ combinator: "and", rules: [] }, fields, t, "en")).toBe("All records");
    expect(summarize({ combinator: "or", not: true, rules: [{ field: "amount", operator: "between", value: [1, 5] }, { field: "category", operator: "null" }] }, fields, t, "en")).toBe(
      "not (Amount is between 1 and 5 or Category is empty)",
    );
  });
});

describe("several values in a rule", () => {
  const statusRule = (operator: string, value: unknown) => ({ combinator: "and", rules: [{ field: "status", operator, value }] });
  const read = (locale: "en" | "fr" | "ar", q: object) => summarize(q, localizeFields(fields, locale), translator(queryBuilderMessages, locale), locale);

  it("joins the choices of “is one of” the way each language says “or”", () => {
    expect(read("en", statusRule("in", ["open", "won", "lost"]))).toBe("Status is one of Open, Won, or Lost");
    expect(read("en", statusRule("notIn", ["won", "lost"]))).toBe("Status is not one of Won or Lost");
    expect(read("fr", statusRule("in", ["open", "won", "lost"]))).toBe("Statut est l’un de En cours, Gagnée ou Perdue");
    expect(read("fr", statusRule("notIn", ["won", "lost"]))).toBe("Statut n’est aucun de Gagnée ou Perdue");
    const ar = read("ar", statusRule("in", ["open", "won", "lost"]));
    expect(ar).toBe("الحالة أحد مفتوحة أو رابحة أو خاسرة");
    expect(ar).not.toContain(",");
  });

  it("reads a list typed as text, and one value alone, without a separator", () => {
    expect(read("fr", { combinator: "and", rules: [{ field: "name", operator: "in", value: "Acme, Globex" }] })).toBe("Nom est l’un de Acme ou Globex");
    expect(read("ar", { combinator: "and", rules: [{ field: "name", operator: "in", value: "Acme, Globex" }] })).not.toContain(",");
    expect(read("en", statusRule("in", ["won"]))).toBe("Status is one of Won");
    // A comma inside a single text value is part of the value, not a list.
    expect(read("en", { combinator: "and", rules: [{ field: "name", operator: "contains", value: "Smith, John" }] })).toBe("Name contains Smith, John");
  });

  it("keeps “between” in words with locale numbers in French and Arabic", () => {
    expect(read("fr", { combinator: "and", rules: [{ field: "amount", operator: "between", value: "1000,5000" }] })).toBe("Montant est entre 1\u202f000 et 5\u202f000");
    expect(read("ar", { combinator: "and", rules: [{ field: "amount", operator: "between", value: [1000, 5000] }] })).toBe(`المبلغ بين ${new Intl.NumberFormat("ar").format(1000)} و ${new Intl.NumberFormat("ar").format(5000)}`);
  });
});

describe("CSV cells", () => {
  it("quotes and defuses formulas", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(null)).toBe("");
    expect(csvCell(new Date("2025-01-01T00:00:00Z"))).toBe("2025-01-01T00:00:00.000Z");
  });

  it("uses translated field labels and groups, and reads dates and relative dates in the locale", () => {
    const fr = localizeFields(fields, "fr");
    expect(fr.find((f) => f.name === "amount")).toMatchObject({ label: "Montant", group: "Affaire" });
    const t = translator(queryBuilderMessages, "fr");
    const q = { combinator: "and", rules: [{ field: "amount", operator: ">", value: "10000" }, { field: "dateCreated", operator: ">=", value: "last 30 days" }, { field: "expectedCloseDate", operator: "<", value: "2027-01-31" }] };
    expect(summarize(q, fr, t, "fr")).toBe("Montant supérieur à 10\u202f000 et Créé le au moins les 30 derniers jours et Date de clôture prévue inférieur à 31 janv. 2027");
    const en = translator(queryBuilderMessages, "en");
    expect(summarize({ combinator: "and", rules: [{ field: "dateCreated", operator: ">", value: "2026-01-15T09:30:00.000Z" }] }, fields, en, "en")).toMatch(/^Created greater than Jan 15, 2026, \d{1,2}:30/);
  });
});

describe("a summary inside a sentence of another direction", () => {
  it("isolates each field name and value typed by people, not the operators and joining words", () => {
    const t = translator(queryBuilderMessages, "ar");
    const ar = localizeFields(fields, "ar");
    const cityQuery = { combinator: "and", rules: [{ field: "name", operator: "endsWith", value: "Acme (EU)" }, { field: "amount", operator: ">", value: "10000" }] };
    const text = summarize(cityQuery, ar, t, "ar", isolate);
    const name = ar.find((f) => f.name === "name")!.label;
    expect(bidiParts(text)).toEqual([
      { isolated: name },
      ` ${t("op_endsWith")} `,
      { isolated: "Acme (EU)" },
      ` ${t("and")} `,
      { isolated: ar.find((f) => f.name === "amount")!.label },
      ` ${t("op_gt")} `,
      { isolated: new Intl.NumberFormat("ar").format(10000) },
    ]);
  });
});
