import type { SQL } from "drizzle-orm";
import type { EntityType } from "@/db/schema";

/** The value types of document 003's Filter (`string number boolean date datetime enum`). */
export const fieldTypes = ["string", "number", "boolean", "date", "datetime", "enum"] as const;
export type FieldType = (typeof fieldTypes)[number];

/** Every operator of document 003's QueryBuilderRule. */
export const operators = [
  "=", "!=", ">", ">=", "<", "<=",
  "contains", "doesNotContain", "beginsWith", "doesNotBeginWith", "endsWith", "doesNotEndWith",
  "null", "notNull", "in", "notIn", "between", "notBetween",
] as const;
export type Operator = (typeof operators)[number];

/** How the UI edits a value (react-querybuilder's valueEditorType plus the input type). */
export type ValueEditor = "text" | "number" | "date" | "datetime-local" | "select" | "multiselect" | "checkbox";

export type FieldOption = { value: string; label: string; group?: string };

/** The built-in enums whose fixed choices the UI translates (custom select options keep their own labels). */
export type BuiltInEnum = "dealStatus" | "taskType";

/** Where a field's options come from when they are the workspace's own records. */
export type OptionSource = "users" | "stages" | "pipelines" | "sources";

/**
 * How a field reaches SQL. `expr` is an expression over the entity's row (the table is never aliased:
 * subqueries name it through its columns). `via`, when present, wraps a condition on `expr` into an
 * EXISTS over related rows (custom field values, linked accounts, open deals…), so that negative
 * operators become NOT EXISTS and a record without related rows counts as "no value".
 */
export type FieldTarget = {
  expr: SQL;
  via?: (condition: SQL) => SQL;
  /** Column storage for dates: a `date` column or a `timestamptz` one. */
  storage?: "date" | "timestamptz";
  /** Multi-valued JSON array of strings (multiselect custom fields). */
  jsonArray?: boolean;
  /** Values are user ids where "me" stands for the caller. */
  userRef?: boolean;
  /** Values are record ids (UUIDs), checked for shape only. */
  idRef?: boolean;
};

/** One filterable field of an entity, as the registry describes it. */
export type FieldDef = {
  name: string;
  label: string;
  type: FieldType;
  /** The group the UI lists it under: the entity itself, a relation, or custom fields. */
  group: string;
  operators: readonly Operator[];
  valueEditor: ValueEditor;
  /** Fixed choices (enums, select custom fields). */
  options?: FieldOption[];
  /** For built-in enums: which one, so that the UI can name the choices in the reader's language. */
  enumOf?: BuiltInEnum;
  /** Choices loaded from the workspace (users, stages…). */
  optionSource?: OptionSource;
  /** Custom fields carry their definition's id. */
  customFieldId?: string;
  target: () => FieldTarget;
};

/** The public description of a field (no SQL), as the API and the UI receive it. */
export type FieldInfo = Omit<FieldDef, "target">;

export type EntityName = EntityType;

/** A react-querybuilder rule and group, as received (anything may be wrong with them). */
export type RawRule = { id?: unknown; field?: unknown; operator?: unknown; value?: unknown; valueSource?: unknown };
export type RawGroup = { id?: unknown; combinator?: unknown; not?: unknown; rules?: unknown };

/** A date period [start, end) or an instant. Dates of `date` fields are "YYYY-MM-DD". */
export type DateBound = { start: string; end: string; point: boolean };

/** A rule after validation: a known field, an allowed operator and a value of the right type. */
export type NormalizedRule = {
  id: string;
  field: string;
  operator: Operator;
  /** string | number | boolean | DateBound | list of those, depending on type and operator. */
  value: unknown;
};
export type NormalizedGroup = {
  id: string;
  combinator: "and" | "or";
  not: boolean;
  rules: (NormalizedRule | NormalizedGroup)[];
};
