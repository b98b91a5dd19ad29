import type { accountContacts, accounts, contacts } from "@/db/schema";
import { newId } from "@/lib/ids";
import { COMPANIES, COUNTRIES, type Company, type Country, type Culture, type Language } from "./companies";
import { ARABIC_SCRIPT_NAMES, emailLocalPart, FIRST_NAMES, JOB_TITLES, LAST_NAMES } from "./names";
import { addDays, type Rng } from "./prng";

export type SeedContext = {
  tenantId: string;
  adminId: string;
  franchiseId: string;
  /** Users who own records, with how much of the book each one carries. */
  owners: readonly (readonly [string, number])[];
  sourceIds: readonly string[];
  now: Date;
};

/** What the deal and task generators need to know about an account. */
export type SeededAccount = { id: string; name: string; ownerId: string; country: Country; contactIds: string[] };
export type SeededContact = { id: string; firstName: string };

export type Customers = {
  accounts: (typeof accounts.$inferInsert)[];
  contacts: (typeof contacts.$inferInsert)[];
  accountContacts: (typeof accountContacts.$inferInsert)[];
  seededAccounts: SeededAccount[];
  contactsById: Map<string, SeededContact>;
};

const CONTACT_COUNT = 300;
/** Contacts who also work with a second account (consultants, group buyers). */
const SHARED_CONTACTS = 15;

/** The culture of a contact's name: mostly the company's, sometimes another. */
function nameCulture(rng: Rng, company: Company): Culture {
  const others: Record<Culture, readonly (readonly [Culture, number])[]> = {
    fr: [["fr", 70], ["ar", 20], ["en", 10]],
    en: [["en", 80], ["fr", 10], ["ar", 10]],
    ar: [["ar", 75], [["MA", "TN", "LB"].includes(company.country) ? "fr" : "en", 25]],
  };
  return rng.weighted(others[company.culture]);
}

function fillDigits(rng: Rng, template: string): string {
  return template.replace(/#/g, () => String(rng.int(0, 9)));
}

export function buildCustomers(rng: Rng, ctx: SeedContext): Customers {
  const audit = { tenantId: ctx.tenantId, franchiseId: ctx.franchiseId, createdBy: ctx.adminId };
  const seededAccounts: SeededAccount[] = [];
  const accountRows: Customers["accounts"] = [];

  for (const company of COMPANIES) {
    const country: Country = COUNTRIES[company.country];
    const ownerId = rng.weighted(ctx.owners);
    const id = newId();
    seededAccounts.push({ id, name: company.name, ownerId, country, contactIds: [] });
    accountRows.push({
      ...audit,
      id,
      ownerId,
      name: company.name,
      website: `https://www.${company.domain}`,
      industry: company.industry,
      primaryEmail: `contact@${company.domain}`,
      workPhone: fillDigits(rng, country.landline),
      city: company.city,
      country: country.name,
      language: country.languages[0]![0],
      createdAt: addDays(ctx.now, -rng.int(200, 540) + rng.next()),
    });
  }

  // Every account gets at least two people; the rest go mostly to a few bigger customers.
  const weights = COMPANIES.map((_, i) => [i, rng.pick([1, 1, 1, 2, 4])] as const);
  const accountOf: number[] = COMPANIES.flatMap((_, i) => [i, i]);
  while (accountOf.length < CONTACT_COUNT) accountOf.push(rng.weighted(weights));

  const emails = new Set<string>();
  const arabicScript = [...ARABIC_SCRIPT_NAMES];
  const contactRows: Customers["contacts"] = [];
  const links: Customers["accountContacts"] = [];
  const contactsById = new Map<string, SeededContact>();

  for (const index of rng.shuffle(accountOf)) {
    const company = COMPANIES[index]!;
    const account = seededAccounts[index]!;
    const accountRow = accountRows[index]!;
    const culture = nameCulture(rng, company);
    let firstName: string, lastName: string, local: string, language: Language;
    const script = culture === "ar" && arabicScript.length > 0 && rng.chance(0.15) ? arabicScript.shift() : undefined;
    if (script) {
      ({ first: firstName, last: lastName, latin: local } = script);
      language = "ar";
    } else {
      firstName = rng.pick(FIRST_NAMES[culture]);
      lastName = rng.pick(LAST_NAMES[culture]);
      local = emailLocalPart(firstName, lastName);
      const speaksEnglish = account.country.languages.some(([l]) => l === "en");
      language = culture === "en" && speaksEnglish ? "en" : rng.weighted(account.country.languages);
    }
    let email = `${local}@${company.domain}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${company.domain}`;
    emails.add(email);

    const id = newId();
    const createdAt = accountRow.createdAt!;
    contactRows.push({
      ...audit,
      id,
      ownerId: rng.chance(0.7) ? account.ownerId : rng.weighted(ctx.owners),
      sourceId: rng.pick(ctx.sourceIds),
      firstName,
      lastName,
      companyName: company.name,
      jobTitle: rng.pick(JOB_TITLES[language === "fr" ? "fr" : "en"]),
      primaryEmail: email,
      mobilePhone: fillDigits(rng, account.country.mobile),
      workPhone: rng.chance(0.4) ? fillDigits(rng, account.country.landline) : null,
      city: company.city,
      country: account.country.name,
      language,
      createdAt: new Date(createdAt.getTime() + rng.next() * (ctx.now.getTime() - createdAt.getTime() - 86_400_000)),
    });
    account.contactIds.push(id);
    contactsById.set(id, { id, firstName });
    links.push({ tenantId: ctx.tenantId, accountId: account.id, contactId: id, createdBy: ctx.adminId });
  }

  // A few people also deal with a second account.
  for (const contactIndex of rng.shuffle(contactRows.map((_, i) => i)).slice(0, SHARED_CONTACTS)) {
    const contact = contactRows[contactIndex]!;
    const home = seededAccounts.find((a) => a.contactIds.includes(contact.id!))!;
    const other = rng.pick(seededAccounts.filter((a) => a !== home));
    links.push({ tenantId: ctx.tenantId, accountId: other.id, contactId: contact.id!, createdBy: ctx.adminId });
  }

  // The first person met at each account is its primary contact.
  accountRows.forEach((row, i) => (row.primaryContactId = seededAccounts[i]!.contactIds[0] ?? null));

  return { accounts: accountRows, contacts: contactRows, accountContacts: links, seededAccounts, contactsById };
}
