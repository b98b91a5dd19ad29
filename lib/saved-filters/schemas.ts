import { z } from "zod";
import { requiredText } from "@/lib/validation";

const Private = z.union([z.boolean(), z.enum(["true", "false"]).transform((s) => s === "true")], { error: "must be true or false" });
/** The query: document 003 sends it JSON-encoded in a string; an object is accepted as well. */
const Value = z.union([z.string().max(100_000, "must be at most 100000 characters"), z.record(z.string(), z.unknown())], {
  error: "must be a JSON-encoded query (a string)",
});
const Module = z.string({ error: "must be a string" }).trim().min(1, "is required").max(40, "must be at most 40 characters");

/** Body of POST /api/saved-filter (document 003's SavedFilter without id and owner). */
export const CreateSavedFilter = z.object({
  name: requiredText(120),
  module: Module,
  value: Value,
  private: Private.optional(),
});
export type CreateSavedFilter = z.infer<typeof CreateSavedFilter>;

/** Body of PATCH /api/saved-filter/{filter}: every field optional. */
export const UpdateSavedFilter = z.object({
  name: requiredText(120).optional(),
  module: Module.optional(),
  value: Value.optional(),
  private: Private.optional(),
});
export type UpdateSavedFilter = z.infer<typeof UpdateSavedFilter>;

/** Query of GET /api/saved-filter. */
export const ListSavedFiltersQuery = z.object({
  module: Module.optional(),
});
export type ListSavedFiltersQuery = z.infer<typeof ListSavedFiltersQuery>;
