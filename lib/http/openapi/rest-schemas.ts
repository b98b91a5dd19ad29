import { z } from "zod";

/**
 * Response shapes of the REST surface (docs/api.md, "REST conventions"): camelCase, ids as UUID
 * strings, `fooId` for a reference plus a small `foo` object to show it, ISO 8601 timestamps.
 */
const str = z.string().nullable();
export const RestUser = z.object({ id: z.uuid(), name: z.string(), email: z.string() });
const Audit = { createdAt: z.string(), createdBy: z.uuid().nullable(), modifiedAt: str, modifiedBy: z.uuid().nullable() };
const CustomerFields = {
  primaryEmail: str,
  secondaryEmail: str,
  homePhone: str,
  workPhone: str,
  workPhoneExtension: str,
  mobilePhone: str,
  address: str,
  city: str,
  province: str,
  postalCode: str,
  country: str,
  language: str,
  isActive: z.boolean(),
  thirdPartyIds: z.array(z.object({ systemName: z.string(), thirdPartyId: z.string(), metadata: z.string().nullish() })),
};

export const RestContactSummary = z.object({ id: z.uuid(), name: z.string(), primaryEmail: str });
export const RestAccountSummary = z.object({ id: z.uuid(), name: z.string() });

export const RestContact = z.object({
  id: z.uuid(),
  name: z.string(),
  firstName: str,
  lastName: str,
  companyName: str,
  civility: str,
  jobTitle: str,
  preferredMethodOfContact: str,
  ...CustomerFields,
  ownerId: z.uuid().nullable(),
  owner: RestUser.nullable(),
  franchiseId: z.uuid().nullable(),
  sourceId: z.uuid().nullable(),
  accountIds: z.array(z.uuid()),
  accounts: z.array(RestAccountSummary),
  lastActivityAt: str,
  /** Custom field values by field name; every live field of the entity is present (null when empty). */
  customFields: z.record(z.string(), z.unknown()),
  ...Audit,
});

export const RestAccount = z.object({
  id: z.uuid(),
  name: z.string(),
  website: str,
  industry: str,
  ...CustomerFields,
  ownerId: z.uuid().nullable(),
  owner: RestUser.nullable(),
  franchiseId: z.uuid().nullable(),
  primaryContactId: z.uuid().nullable(),
  primaryContact: RestContactSummary.nullable(),
  contactIds: z.array(z.uuid()),
  contacts: z.array(RestContactSummary),
  customFields: z.record(z.string(), z.unknown()),
  ...Audit,
});

export const ListMeta = z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
/** `{data: T[], meta: {total, limit, offset}}`. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), meta: ListMeta });
/** `{data: T}`. */
export const one = <T extends z.ZodType>(item: T) => z.object({ data: item });

export type RestContact = z.infer<typeof RestContact>;
export type RestAccount = z.infer<typeof RestAccount>;
