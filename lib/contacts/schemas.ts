import { z } from "zod";
import { CustomFieldValuesInput } from "@/lib/custom-fields/schemas";
import { pageSize, restListParams, searchText, sortParam, startIndex } from "@/lib/list-params";
import { optionalEmail, optionalText, trimmed } from "@/lib/validation";

export const ThirdPartyIdInput = z.object({
  systemName: trimmed(100).min(1, "is required"),
  thirdPartyId: trimmed(255).min(1, "is required"),
  metadata: z.string().max(10_000, "must be at most 10000 characters").nullish(),
});

/** Contact details shared by accounts and contacts (document 003's BaseCustomer), all optional. */
export const CustomerFields = {
  primaryEmail: optionalEmail,
  secondaryEmail: optionalEmail,
  homePhone: optionalText(50),
  workPhone: optionalText(50),
  workPhoneExtension: optionalText(20),
  mobilePhone: optionalText(50),
  address: optionalText(500),
  city: optionalText(120),
  province: optionalText(120),
  postalCode: optionalText(20),
  country: optionalText(120),
  language: optionalText(35),
  isActive: z.boolean({ error: "must be true or false" }).optional(),
  thirdPartyIds: z.array(ThirdPartyIdInput).max(50, "must have at most 50 entries").optional(),
};

export const ContactFields = {
  ...CustomerFields,
  firstName: optionalText(120),
  lastName: optionalText(120),
  companyName: optionalText(255),
  civility: optionalText(30),
  jobTitle: optionalText(120),
  preferredMethodOfContact: optionalText(30),
};

/**
 * A contact named inside another record's body (document 003's Account.contacts / primaryContact):
 * `{id}` links an existing contact; otherwise the fields create one, or link the contact that already
 * has that primary email.
 */
export const ContactRef = z.object({ id: z.string().uuid("must be a UUID").optional(), ...ContactFields });
export type ContactRef = z.infer<typeof ContactRef>;

const uuidRef = z.string().uuid("must be a UUID");

/** Fields of a contact that a create or update may set (document 003's Contact plus owner, franchise, source). */
const WritableContact = {
  ...ContactFields,
  ownerId: uuidRef.nullish(),
  franchiseId: uuidRef.nullish(),
  sourceId: uuidRef.nullish(),
  /** The contact's accounts; on update the list replaces the current one. */
  accountIds: z.array(uuidRef).max(100, "must have at most 100 entries").optional(),
  /** Custom field values by field name (lib/custom-fields/values.ts). */
  customFields: CustomFieldValuesInput.optional(),
};

/** A contact must be findable: a first name, a last name or an email. */
const NAMED = "give a first name, a last name or an email";

/** Body of POST /api/contacts. */
export const CreateContact = z.object(WritableContact).superRefine((c, ctx) => {
  if (!c.firstName && !c.lastName && !c.primaryEmail) ctx.addIssue({ code: "custom", path: ["lastName"], message: NAMED });
});
export type CreateContact = z.infer<typeof CreateContact>;

/** Body of PATCH /api/contacts/{id}: only the fields present change. */
export const UpdateContact = z.object(WritableContact);
export type UpdateContact = z.infer<typeof UpdateContact>;
export const CONTACT_NAME_REQUIRED = NAMED;

export const CONTACT_SORT_FIELDS = ["lastName", "firstName", "dateCreated", "dateModified", "primaryEmail", "companyName", "city"] as const;

/** Query of GET /api/contact (document 003 §3.3: `start`, not `offset`). */
export const ListConeContactsQuery = z.object({
  start: startIndex,
  limit: pageSize,
  search: searchText,
  exclude: uuidRef.optional(),
  franchise: uuidRef.optional(),
  sortField: z.enum(CONTACT_SORT_FIELDS, { error: `must be one of ${CONTACT_SORT_FIELDS.join(", ")}` }).default("lastName"),
  sortDirection: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(["ASC", "DESC"], { error: "must be ASC or DESC" }))
    .default("ASC"),
});
export type ListConeContactsQuery = z.infer<typeof ListConeContactsQuery>;

export const REST_CONTACT_SORTS = ["name", "firstName", "lastName", "primaryEmail", "companyName", "city", "createdAt", "modifiedAt", "lastActivityAt"] as const;

/** Query of GET /api/contacts (docs/api.md, "REST conventions"). */
export const ListContactsQuery = z.object({
  ...restListParams,
  sort: sortParam(REST_CONTACT_SORTS, "name"),
  ownerId: uuidRef.optional(),
  accountId: uuidRef.optional(),
});
export type ListContactsQuery = z.infer<typeof ListContactsQuery>;

/** `GET /api/contact/phone/{phone}`: the number as typed, in any format. */
export const PhoneLookup = z.object({
  phone: z
    .string()
    .max(50, "must be at most 50 characters")
    .refine((p) => p.replace(/\D/g, "").length >= 4, "must contain at least 4 digits"),
});
