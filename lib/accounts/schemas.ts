import { z } from "zod";
import { CustomFieldValuesInput } from "@/lib/custom-fields/schemas";
import { ContactRef, CustomerFields } from "@/lib/contacts/schemas";
import { restListParams, sortParam } from "@/lib/list-params";
import { optionalText, requiredText } from "@/lib/validation";

const AccountFields = {
  ...CustomerFields,
  website: optionalText(255),
  industry: optionalText(120),
  ownerId: z.string().uuid("must be a UUID").nullish(),
  franchiseId: z.string().uuid("must be a UUID").nullish(),
  /** A contact to link and mark as the account's main contact; null clears it. */
  primaryContact: ContactRef.nullish(),
  /** The account's contacts; on update the list replaces the current one. */
  contacts: z.array(ContactRef).max(500, "must have at most 500 entries").optional(),
  /** REST spelling of `contacts`: the ids of existing contacts (replaces the list on update). */
  contactIds: z.array(z.string().uuid("must be a UUID")).max(500, "must have at most 500 entries").optional(),
  /** REST spelling of `primaryContact`: an existing contact's id; null clears it. */
  primaryContactId: z.string().uuid("must be a UUID").nullish(),
  /** Custom field name → value (lib/custom-fields/values.ts); null clears one. */
  customFields: CustomFieldValuesInput.optional(),
};

/** Body of POST /api/account (document 003's Account, plus owner and franchise). */
export const CreateAccount = z.object({ name: requiredText(255), ...AccountFields });
export type CreateAccount = z.infer<typeof CreateAccount>;

/** Body of PATCH /api/account/{account}: every field optional, only the given ones change. */
export const UpdateAccount = z.object({ name: requiredText(255).optional(), ...AccountFields });
export type UpdateAccount = z.infer<typeof UpdateAccount>;

export const ACCOUNT_SORT_FIELDS = ["name", "dateCreated", "dateModified", "city", "country", "primaryEmail"] as const;
export const MAX_PAGE_SIZE = 200;

/** Query of GET /api/account (document 003 §1.6). */
export const ListAccountsQuery = z.object({
  offset: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(0, "must be 0 or more").default(0),
  limit: z.coerce
    .number({ error: "must be a number" })
    .int("must be an integer")
    .min(1, "must be at least 1")
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(50),
  search: z.string().trim().max(200, "must be at most 200 characters").optional(),
  exclude: z.string().uuid("must be a UUID").optional(),
  franchise: z.string().uuid("must be a UUID").optional(),
  sortField: z.enum(ACCOUNT_SORT_FIELDS, { error: `must be one of ${ACCOUNT_SORT_FIELDS.join(", ")}` }).default("name"),
  sortDirection: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(["ASC", "DESC"], { error: "must be ASC or DESC" }))
    .default("ASC"),
});
export type ListAccountsQuery = z.infer<typeof ListAccountsQuery>;

export const REST_ACCOUNT_SORTS = ["name", "createdAt", "modifiedAt", "city", "country", "industry", "primaryEmail"] as const;

/** Query of GET /api/accounts (docs/api.md, "REST conventions"). */
export const ListAccountsRestQuery = z.object({
  ...restListParams,
  sort: sortParam(REST_ACCOUNT_SORTS, "name"),
  ownerId: z.string().uuid("must be a UUID").optional(),
  contactId: z.string().uuid("must be a UUID").optional(),
});
export type ListAccountsRestQuery = z.infer<typeof ListAccountsRestQuery>;
