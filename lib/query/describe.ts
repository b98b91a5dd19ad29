import type { Ctx } from "@/lib/auth/context";
import { OPERATOR_LABELS } from "./operators";
import { ENTITIES, describeFields } from "./registry";
import { operators, type EntityName, type FieldInfo } from "./types";

/** Document 003's Filter2 for one field: `{field, type, label, operators, options}` (+ group, editor). */
export const filterDefinition = (f: FieldInfo) => ({
  field: f.name,
  type: f.type,
  label: f.label,
  operators: [...f.operators],
  options: f.options ?? null,
  group: f.group,
  valueEditor: f.valueEditor,
});

/** GET /api/filters: every entity's filter definitions. */
export async function allFilterDefinitions(ctx: Pick<Ctx, "tenantId">) {
  return Promise.all(ENTITIES.map(async (entity) => ({ entity, filters: (await describeFields(ctx, entity)).map(filterDefinition) })));
}

/** react-querybuilder's Field for one registry field (the UI and integrators build queries with it). */
export const queryBuilderField = (f: FieldInfo) => ({
  name: f.name,
  label: f.label,
  group: f.group,
  datatype: f.type,
  inputType: f.type === "number" ? "number" : f.type === "date" ? "date" : f.type === "datetime" ? "datetime-local" : "text",
  valueEditorType: f.valueEditor === "checkbox" ? "checkbox" : f.valueEditor === "select" || f.valueEditor === "multiselect" ? "select" : "text",
  ...(f.options ? { values: f.options } : {}),
  operators: f.operators.map((name) => ({ name, label: OPERATOR_LABELS[name] })),
});

/** GET /api/query-builder/config/{entity}. */
export async function queryBuilderConfig(ctx: Pick<Ctx, "tenantId">, entity: EntityName) {
  return { fields: (await describeFields(ctx, entity)).map(queryBuilderField), operators: [...operators] };
}
