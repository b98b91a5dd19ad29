import { z } from "zod";

const PageSize = z.coerce.number({ error: "must be a number" }).int("must be an integer").min(1, "must be at least 1").max(1000, "must be at most 1000");
const Offset = z.coerce.number({ error: "must be a number" }).int("must be an integer").min(0, "must be 0 or more");

/**
 * Body of POST /api/query-builder/filter/{entity}: document 003's QueryBuilderQuery, plus optional
 * paging (the document returns every match; Rapport pages, 100 by default, at most 1000).
 * The query itself is checked against the entity's registry, not by this schema.
 */
export const RunQuery = z.object({
  query: z.unknown().describe("QueryBuilderRuleGroup: {id?, combinator: and|or, not?, rules: [rule | group]}"),
  limit: PageSize.optional(),
  offset: Offset.optional(),
});
export type RunQuery = z.infer<typeof RunQuery>;

/** Paging in the query string of the same endpoint (the body wins). */
export const RunQueryParams = z.object({ limit: PageSize.optional(), offset: Offset.optional() });

const FieldOption = z.object({ value: z.string(), label: z.string(), group: z.string().optional() });
/** Document 003's Filter2, with Rapport's extra keys. */
export const FilterDefinition = z.object({
  field: z.string(),
  type: z.enum(["string", "number", "boolean", "date", "datetime", "enum"]),
  label: z.string(),
  operators: z.array(z.string()),
  options: z.array(FieldOption).nullable(),
  group: z.string(),
  valueEditor: z.string(),
});
export const EntityFilters = z.object({ entity: z.string(), filters: z.array(FilterDefinition) });
/** react-querybuilder's Field, as /api/query-builder/config/{entity} describes it. */
export const QueryBuilderField = z.object({
  name: z.string(),
  label: z.string(),
  group: z.string(),
  datatype: z.string(),
  inputType: z.string(),
  valueEditorType: z.string(),
  values: z.array(FieldOption).optional(),
  operators: z.array(z.object({ name: z.string(), label: z.string() })),
});
export const QueryBuilderConfig = z.object({ fields: z.array(QueryBuilderField), operators: z.array(z.string()) });
