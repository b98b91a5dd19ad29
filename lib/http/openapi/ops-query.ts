import { z } from "zod";
import { ConeSavedFilter } from "@/lib/http/serializers/saved-filters";
import { EntityFilters, FilterDefinition, QueryBuilderConfig, RunQuery, RunQueryParams } from "@/lib/query/schemas";
import { CreateSavedFilter, ListSavedFiltersQuery, UpdateSavedFilter } from "@/lib/saved-filters/schemas";
import { ApiError } from "./schemas";
import type { Operation } from "./types";

const err = (description: string) => ({ description, schema: ApiError });
const ENTITY = "Entity: contact, account, deal (or lead, connection), task; plurals and any case accepted.";

/** Filters, query builder and saved filters (document 003 §3.6, §3.8, §3.9). */
export const queryOperations: Operation[] = [
  { method: "get", path: "/api/filters", tag: "Filters", summary: "Filter definitions of every entity", responses: { 200: { description: "Definitions", schema: z.object({ data: z.array(EntityFilters) }) } } },
  { method: "get", path: "/api/filters/{entity}", tag: "Filters", summary: "Filter definitions of one entity (Filter2[])", description: ENTITY, responses: { 200: { description: "Definitions", schema: z.array(FilterDefinition) }, 404: err("Unknown entity") } },
  { method: "get", path: "/api/query-builder/config/{entity}", tag: "QueryBuilder", summary: "react-querybuilder fields and operators of an entity", description: ENTITY, responses: { 200: { description: "Configuration", schema: QueryBuilderConfig }, 404: err("Unknown entity") } },
  {
    method: "post",
    path: "/api/query-builder/filter/{entity}",
    tag: "QueryBuilder",
    summary: "Run a query-builder query against an entity",
    description: `${ENTITY} The query is validated against the entity's fields (custom fields included); an unknown field, an operator not allowed for the type or a value of the wrong type is a 400 naming the rule. Paged: limit (default 100, at most 1000) and offset, in the body or the query string; \`total\` counts every match. See docs/query.md for operators, relative dates and the value encodings.`,
    query: RunQueryParams,
    body: RunQuery,
    responses: { 200: { description: "Matching records", schema: z.object({ success: z.boolean(), data: z.array(z.record(z.string(), z.unknown())), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }) }, 400: err("Invalid query: `errors` names the rule"), 404: err("Unknown entity") },
  },
  { method: "get", path: "/api/saved-filter", tag: "SavedFilter", summary: "The caller's saved filters and the workspace's shared ones", query: ListSavedFiltersQuery, responses: { 200: { description: "Saved filters", schema: z.array(ConeSavedFilter) }, 400: err("Unknown module") } },
  { method: "post", path: "/api/saved-filter", tag: "SavedFilter", summary: "Save a filter (private unless private=false, which needs a manager)", description: "`value` is the react-querybuilder query JSON-encoded in a string and must be valid for `module`.", body: CreateSavedFilter, responses: { 201: { description: "Created", schema: ConeSavedFilter }, 400: err("Invalid input or query"), 403: err("Only managers share filters") } },
  { method: "get", path: "/api/saved-filter/{filter}", tag: "SavedFilter", summary: "One saved filter (document 003 calls this segment {id})", responses: { 200: { description: "Saved filter", schema: ConeSavedFilter }, 404: err("Not found, or someone else's private filter") } },
  { method: "patch", path: "/api/saved-filter/{filter}", tag: "SavedFilter", summary: "Update a saved filter (only the given fields)", body: UpdateSavedFilter, responses: { 200: { description: "Updated", schema: ConeSavedFilter }, 400: err("Invalid input or query"), 403: err("Not the owner (or a manager for a shared filter)"), 404: err("Not found") } },
  { method: "delete", path: "/api/saved-filter/{filter}", tag: "SavedFilter", summary: "Delete a saved filter", responses: { 204: { description: "Deleted", empty: true }, 403: err("Not the owner (or a manager for a shared filter)"), 404: err("Not found") } },
];
