// GET /api/contact/phone/{phone} – the contact with this phone number, whatever its format (docs/api.md)
import { findContactByPhone } from "@/lib/contacts/find-by-phone";
import { route } from "@/lib/http/route";
import { coneContactWithAccounts } from "@/lib/http/serializers/cone";

/** Next may hand the segment over still percent-encoded ("%2B33…"); a stray "%" is kept as typed. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const GET = route<{ phone: string }>(async ({ ctx, params }) =>
  coneContactWithAccounts(await findContactByPhone({ ctx, input: { phone: decode(params.phone) } })),
);
