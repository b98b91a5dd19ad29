/**
 * The query registry and compiler: one description of every filterable field, one validator, one
 * SQL compiler, used by saved filters, the query-builder endpoints, list/board `filter=` parameters and
 * automation conditions alike.
 *
 *   resolveEntity("leads")                          → "deal" (404 AppError for an unknown entity)
 *   describeFields(ctx, entity)                     → FieldInfo[] (types, operators, editors, options)
 *   validateQuery({ctx, entity, query})             → normalized query, or a 400 naming the problem
 *   compileWhere({ctx, entity, query})              → SQL for `.where()` on ENTITY_TABLES[entity]
 *                                                     (tenant-scoped, live rows only)
 *   countAndPage({ctx, entity, query, limit, offset, sort}) → {total, rows}
 *   matches({ctx, entity, query, recordId})         → boolean (automation conditions)
 *   savedFilterWhere({ctx, entity, filterId})       → SQL of a saved filter the caller may see
 *                                                     (404 if not visible or of another entity)
 *
 * A query is react-querybuilder JSON ({combinator, not?, rules: [rule | group]}), also accepted as
 * document 003's {query: …} wrapper or a JSON string. See docs/query.md for the semantics.
 */
export { ENTITIES, ENTITY_LABELS, ENTITY_TABLES, describeFields, entityFields, parseEntity, resolveEntity } from "./registry";
export { compileWhere, countAndPage, matches, validateQuery, type EntityRow, type Sort } from "./run";
export { savedFilterWhere } from "./saved";
export { OPERATORS_BY_TYPE, OPERATOR_LABELS } from "./operators";
export { LIMITS } from "./validate";
export { RELATIVE_DATE_EXAMPLES } from "./dates";
export type { EntityName, FieldInfo, FieldType, NormalizedGroup, NormalizedRule, Operator } from "./types";
export { operators } from "./types";
