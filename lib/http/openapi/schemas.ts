import { z } from "zod";

/** A business rule behind a refusal: its catalog key and parameters (lib/errors.ts). */
const RuleRef = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

/** The default error body (docs/api.md). */
export const ApiError = z.object({
  error: z.string(),
  message: z.string(),
  code: z.string(),
  errors: z.record(z.string(), z.string()).optional(),
  // The same problem without words (lib/errors.ts: FieldIssue, RuleRef), for clients that translate it.
  issues: z
    .record(z.string(), z.object({ kind: z.string(), limit: z.number().optional(), rule: RuleRef.optional() }))
    .optional(),
  rule: RuleRef.optional(),
});

const Ref = z.object({ id: z.uuid() }).nullable();
const str = z.string().nullable();
export const Audit = {
  dateCreated: z.string(),
  createdBy: Ref,
  dateModified: str,
  modifiedBy: Ref,
  isDeleted: z.boolean(),
  dateDeleted: str,
  deletedBy: Ref,
};
const Customer = {
  id: z.uuid(),
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

/** Document 003's Contact as Rapport returns it. */
export const ConeContact = z.object({
  ...Customer,
  firstName: str,
  lastName: str,
  companyName: str,
  civility: str,
  preferredMethodOfContact: str,
  jobTitle: str,
  owner: Ref,
  franchise: Ref,
  ...Audit,
});
export type ConeContact = z.infer<typeof ConeContact>;

/** Document 003's Account as Rapport returns it. */
export const ConeAccount = z.object({
  ...Customer,
  name: z.string(),
  website: str,
  industry: str,
  primaryContact: ConeContact.nullable(),
  contacts: z.array(ConeContact),
  owner: Ref,
  franchise: Ref,
  /** Custom field name → value (null when unset). */
  customFields: z.record(z.string(), z.unknown()),
  ...Audit,
});
export type ConeAccount = z.infer<typeof ConeAccount>;

export const ConeAccountPage = z.object({ total: z.number().int(), accounts: z.array(ConeAccount) });

/**
 * An account inside a Contact's `accounts` (GET /api/contact): it does not repeat its contacts or custom fields, and its
 * primary contact is a reference, so that the two never nest each other.
 */
export const ConeNestedAccount = ConeAccount.omit({ contacts: true, primaryContact: true, customFields: true }).extend({ primaryContact: Ref });
/** Document 003's Contact with its accounts, as GET /api/contact and the phone lookup return it. */
export const ConeContactWithAccounts = ConeContact.extend({ accounts: z.array(ConeNestedAccount) });
export type ConeContactWithAccounts = z.infer<typeof ConeContactWithAccounts>;
