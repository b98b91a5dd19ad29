"use client";

import * as DndKit from "@dnd-kit/core";
import { QueryBuilderDnD } from "@react-querybuilder/dnd";
import { createDndKitAdapter } from "@react-querybuilder/dnd/dnd-kit";
import { useMemo } from "react";
import { QueryBuilder, type Field, type OptionGroup, type RuleGroupType } from "react-querybuilder";
import { useLocale, useT } from "@/components/i18n/provider";
import type { FieldInfo } from "@/lib/query/types";
import { localizeFields } from "./field-labels";
import { queryBuilderMessages } from "./messages";
import { OPERATOR_KEYS } from "./summary";
import { ValueEditor } from "./value-editor";

const control = "h-9 rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/20";
const action = "h-8 rounded-lg border border-slate-200 bg-white px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-indigo-500/30";
const remove = "h-8 w-8 rounded-lg text-slate-400 hover:bg-rose-50 hover:text-rose-600 focus:outline-none focus:ring-2 focus:ring-rose-500/30";

/** Drag and drop through @dnd-kit/core: pointer (mouse, touch, pen) and keyboard (Space, arrows, Space). */
const dnd = createDndKitAdapter(DndKit);

// react-querybuilder marks the drop target with `dndOver` (the dragged item lands after it) and the dragged item with `dndDragging`.
const dropBelow = "[&.dndOver]:shadow-[0_3px_0_0_var(--color-indigo-500)] [&.dndDragging]:opacity-50";

const CLASSNAMES = {
  queryBuilder: "text-sm",
  ruleGroup: "rounded-xl border border-slate-200 bg-slate-50/70 p-3 [&_.ruleGroup]:bg-white [&_.ruleGroup_.ruleGroup]:bg-slate-50/70",
  header: `flex flex-wrap items-center gap-2 rounded-lg ${dropBelow}`,
  body: "mt-3 flex flex-col gap-2 ps-3 border-s-2 border-indigo-100",
  combinators: control,
  addRule: action,
  addGroup: action,
  removeGroup: remove,
  removeRule: remove,
  rule: `flex flex-wrap items-center gap-2 rounded-lg bg-white p-2 ring-1 ring-slate-200 ${dropBelow}`,
  dragHandle:
    "inline-flex h-8 w-5 cursor-grab touch-none select-none items-center justify-center rounded text-slate-400 hover:text-indigo-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500/40 active:cursor-grabbing",
  fields: `${control} max-w-60`,
  operators: control,
  value: control,
  notToggle: "inline-flex items-center gap-1.5 text-sm text-slate-700 [&_input]:size-4 [&_input]:accent-indigo-600",
  shiftActions: "flex flex-col [&_button]:h-4 [&_button]:w-6 [&_button]:text-[10px] [&_button]:leading-none [&_button]:text-slate-400 [&_button:hover]:text-indigo-600",
};

/**
 * react-querybuilder, styled with Tailwind, fed by the registry: grouped fields, per-type operators and editors.
 * Rules and groups are dragged by their handle (mouse, touch, keyboard); ▲/▼ move them one step, also into
 * and out of neighbouring groups.
 */
export function QueryBuilderPanel({ fields: registryFields, query, onChange }: { fields: readonly FieldInfo[]; query: RuleGroupType; onChange: (q: RuleGroupType) => void }) {
  const t = useT(queryBuilderMessages);
  const locale = useLocale();
  const fields = useMemo(() => localizeFields(registryFields, locale), [registryFields, locale]);
  const grouped = useMemo(() => {
    const groups = new Map<string, Field[]>();
    for (const f of fields) {
      // Not the registry's `operators`: react-querybuilder would show them unlabelled; getOperators translates them.
      const { operators: _ops, ...rest } = f;
      void _ops;
      const rqb = { ...rest, name: f.name, value: f.name, label: f.label } as unknown as Field;
      groups.set(f.group, [...(groups.get(f.group) ?? []), rqb]);
    }
    return [...groups].map(([label, options]) => ({ label, options })) as OptionGroup<Field>[];
  }, [fields]);
  const byName = useMemo(() => new Map(fields.map((f) => [f.name, f])), [fields]);
  const translations = useMemo(
    () => ({
      addRule: { label: t("addRule"), title: t("addRule") },
      addGroup: { label: t("addGroup"), title: t("addGroup") },
      removeRule: { label: "✕", title: t("remove") },
      removeGroup: { label: "✕", title: t("remove") },
      notToggle: { label: t("not"), title: t("not") },
      shiftActionUp: { label: "▲", title: t("moveUp") },
      shiftActionDown: { label: "▼", title: t("moveDown") },
      dragHandle: { label: "⠿", title: t("dragHandle") },
      fields: { title: t("selectField") },
      operators: { title: t("selectOperator") },
      value: { title: t("value") },
    }),
    [t],
  );
  return (
    <QueryBuilderDnD dnd={dnd}>
      <QueryBuilder
        fields={grouped}
        query={query}
        onQueryChange={onChange}
        combinators={[
          { name: "and", value: "and", label: t("and") },
          { name: "or", value: "or", label: t("or") },
        ]}
        getOperators={(name) => (byName.get(name)?.operators ?? ["="]).map((op) => ({ name: op, value: op, label: t(OPERATOR_KEYS[op] ?? "op_eq") }))}
        getDefaultValue={({ field, operator }: { field: string; operator: string }) => {
          const f = byName.get(field);
          if (operator === "in" || operator === "notIn" || operator === "between" || operator === "notBetween") return [];
          return f?.type === "boolean" ? "true" : "";
        }}
        controlClassnames={CLASSNAMES}
        controlElements={{ valueEditor: ValueEditor }}
        translations={translations}
        showNotToggle
        showShiftActions
        resetOnFieldChange
        resetOnOperatorChange
        addRuleToNewGroups
        getRuleClassname={(rule: { field: string }) => (byName.has(rule.field) ? "" : "ring-rose-300")}
      />
    </QueryBuilderDnD>
  );
}
