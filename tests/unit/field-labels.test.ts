import { describe, expect, it } from "vitest";
import { recordFieldLabel } from "@/components/automations/labels";
import { dealMessages } from "@/components/deal/messages";
import { translator } from "@/components/i18n/catalog";
import { SUPPORTED_LOCALES, type Locale } from "@/components/i18n/locale";
import { choiceLabel, fieldLabel, fieldLabelMessages, localizeFields } from "@/components/query-builder/field-labels";
import { queryBuilderMessages } from "@/components/query-builder/messages";
import { summarize } from "@/components/query-builder/summary";
import { taskMessages } from "@/components/tasks/messages";
import { CHANGE_FIELDS, RECORD_FIELDS, isDelayDateField } from "@/lib/automation/catalog";
import { ENTITIES } from "@/lib/query/registry";
import { BUILT_IN, customFieldDef } from "@/lib/query/fields";
import type { FieldInfo } from "@/lib/query/types";
import type { CustomField } from "@/db/schema";

const info = (entity: (typeof ENTITIES)[number]): FieldInfo[] => BUILT_IN[entity].map(({ target: _t, ...f }) => f);
const catalogs = Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, fieldLabelMessages[l] as Record<string, string>]));

describe("built-in enum choices", () => {
  it("every built-in field with fixed choices names its enum, so the UI can translate them", () => {
    for (const entity of ENTITIES) for (const f of info(entity)) if (f.options) expect(f.enumOf, `${entity}.${f.name}`).toBeDefined();
  });

  it("every built-in enum value has a label in en, fr and ar, from its one catalog", () => {
    const source = { dealStatus: (l: Locale) => dealMessages[l] as Record<string, string>, taskType: (l: Locale) => taskMessages[l] as Record<string, string> };
    const key = { dealStatus: (v: string) => `status.${v}`, taskType: (v: string) => `type.${v}` };
    let count = 0;
    for (const entity of ENTITIES) {
      for (const f of info(entity).filter((x) => x.enumOf)) {
        for (const o of f.options ?? []) {
          for (const l of SUPPORTED_LOCALES) {
            const expected = source[f.enumOf!](l)[key[f.enumOf!](o.value)];
            expect(expected, `${l}: ${entity}.${f.name}=${o.value}`).toBeTruthy();
            expect(choiceLabel(f.enumOf!, o.value, l)).toBe(expected);
          }
          expect(choiceLabel(f.enumOf!, o.value, "ar")).not.toBe(o.value);
          count++;
        }
      }
    }
    expect(count).toBe(3 + 8 + 3);
  });

  it("localizes the choices of deal status and task type, not a custom select's", () => {
    const status = localizeFields(info("deal"), "fr").find((f) => f.name === "status")!;
    expect(status.options!.map((o) => o.label)).toEqual(["En cours", "Gagnée", "Perdue"]);
    expect(status.options!.map((o) => o.value)).toEqual(["open", "won", "lost"]);
    const type = localizeFields(info("task"), "ar").find((f) => f.name === "type")!;
    expect(type.options!.find((o) => o.value === "CALL")!.label).not.toBe("Call");
    const custom = customFieldDef("deal", {
      id: "00000000-0000-4000-8000-000000000001",
      fieldName: "tier",
      label: "Tier",
      fieldType: "select",
      options: { choices: [{ value: "open", label: "Gold" }, "won"] },
    } as unknown as CustomField);
    const { target: _t, ...customInfo } = custom;
    const [localized] = localizeFields([customInfo], "fr");
    expect(localized!.options).toEqual([{ value: "open", label: "Gold" }, { value: "won", label: "won" }]);
    expect(localized!.label).toBe("Tier");
  });

  it("the summary names the choice in the reader's language", () => {
    const fr = localizeFields(info("deal").map((f) => (f.name === "owner" ? { ...f, options: [{ value: "u1", label: "Ada" }] } : f)), "fr");
    const q = { combinator: "and", rules: [{ field: "status", operator: "in", value: ["won", "lost"] }, { field: "owner", operator: "=", value: "me" }] };
    expect(summarize(q, fr, translator(queryBuilderMessages, "fr"), "fr")).toBe("Statut est l’un de Gagnée ou Perdue et Propriétaire est moi");
    const ar = localizeFields(info("task"), "ar");
    const text = summarize({ combinator: "and", rules: [{ field: "deal.status", operator: "=", value: "open" }] }, ar, translator(queryBuilderMessages, "ar"), "ar");
    expect(text).toContain("مفتوحة");
    expect(text).not.toMatch(/open|Deal status/);
  });
});

describe("field labels", () => {
  it("every built-in field label and group has a translation in each language", () => {
    for (const entity of ENTITIES) {
      for (const f of info(entity)) {
        for (const l of SUPPORTED_LOCALES) {
          expect(catalogs[l]![f.label], `${l}: ${f.label}`).toBeTruthy();
          expect(catalogs[l]![f.group], `${l}: ${f.group}`).toBeTruthy();
        }
      }
    }
    expect(fieldLabel("Amount", "fr")).toBe("Montant");
    expect(fieldLabel("A custom label", "ar")).toBe("A custom label");
  });
});

describe("automation editor pickers", () => {
  it("name every record field (update_record, 'only when these fields change', delay date) by a translated label, never its column", () => {
    for (const entity of ENTITIES) {
      const names = [...Object.keys(RECORD_FIELDS[entity]), ...(CHANGE_FIELDS[entity] ?? [])];
      for (const locale of SUPPORTED_LOCALES) {
        const described = localizeFields(info(entity), locale);
        for (const name of names) {
          const label = recordFieldLabel(name, described);
          expect(label, `${locale}: ${entity}.${name}`).not.toBe(name);
          expect(Object.values(catalogs[locale]!), `${locale}: ${entity}.${name} → ${label}`).toContain(label);
        }
        for (const f of described.filter(isDelayDateField)) expect(Object.values(catalogs[locale]!)).toContain(f.label);
      }
    }
    expect(recordFieldLabel("isActive", localizeFields(info("contact"), "fr"))).toBe("Actif");
    expect(recordFieldLabel("endAt", localizeFields(info("task"), "fr"))).toBe("Échéance");
    expect(recordFieldLabel("ownerId", localizeFields(info("deal"), "ar"))).toBe("المالك");
  });
});
