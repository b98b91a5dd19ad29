import type { Account, Contact } from "@/db/schema";

/**
 * The columns contacts and accounts share (document 003's customer fields), spelled the same way in
 * document 003's format (cone.ts) and in the REST surface's (rest.ts).
 *
 * The serializers assemble their objects with Object.assign from plain literals, never with object
 * spreads: V8 builds a literal that holds two spreads and ~30 other properties (`{...a, x, y, ...b}`)
 * through a slow path, about 100 µs per object on the benchmark machine, and a list answer holds
 * hundreds of them (an account page: 50 accounts and their contacts).
 */
export function customerFields(r: Contact | Account) {
  return {
    primaryEmail: r.primaryEmail,
    secondaryEmail: r.secondaryEmail,
    homePhone: r.homePhone,
    workPhone: r.workPhone,
    workPhoneExtension: r.workPhoneExtension,
    mobilePhone: r.mobilePhone,
    address: r.address,
    city: r.city,
    province: r.province,
    postalCode: r.postalCode,
    country: r.country,
    language: r.language,
    isActive: r.isActive,
    thirdPartyIds: r.thirdPartyIds,
  };
}
