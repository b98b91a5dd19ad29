import { z } from "zod";
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
