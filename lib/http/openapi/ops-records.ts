import { z } from "zod";
import { CreateAccount, ListAccountsRestQuery, UpdateAccount } from "@/lib/accounts/schemas";
import { CreateContact, ListConeContactsQuery, ListContactsQuery, UpdateContact } from "@/lib/contacts/schemas";
import { ApiError, ConeContactWithAccounts } from "./schemas";
import { listOf, one, RestAccount, RestContact } from "./rest-schemas";
import type { Operation } from "./types";
import { GlobalSearch } from "@/lib/search/global";

const err = (description: string) => ({ description, schema: ApiError });
const Hit = z.object({ id: z.uuid(), title: z.string(), subtitle: z.string().nullable() });
export const SearchResponse = one(z.object({ contacts: z.array(Hit), accounts: z.array(Hit), deals: z.array(Hit.extend({ status: z.enum(["open", "won", "lost"]), stageColor: z.string() })) }));

/** Contacts (document 003 §3.3) and the REST surface of contacts and accounts (docs/api.md). */
export const recordOperations: Operation[] = [
  {
    method: "get",
    path: "/api/contact",
    tag: "Contacts",
    summary: "List contacts (document 003: bare Contact[], `start`-indexed, no total)",
    query: ListConeContactsQuery,
    responses: { 200: { description: "A page of contacts", schema: z.array(ConeContactWithAccounts) }, 400: err("Invalid query") },
  },
  {
    method: "get",
    path: "/api/contact/phone/{phone}",
    tag: "Contacts",
    summary: "Find the contact with a phone number, in any format",
    description:
      "Digits only are compared; numbers of 9+ digits match on their last 9 digits, so that +33 6 12 34 56 78, 0033612345678 and 06 12 34 56 78 are the same number. " +
      "Home, work and mobile phones are searched. Several matches: an exact match of every digit wins, then the most recently changed contact.",
    responses: { 200: { description: "The contact", schema: ConeContactWithAccounts }, 400: err("Fewer than 4 digits"), 404: err("No contact with this number") },
  },
  { method: "get", path: "/api/contacts", tag: "Contacts", summary: "List contacts (REST: paging, sort, search)", query: ListContactsQuery, responses: { 200: { description: "A page and the total", schema: listOf(RestContact) }, 400: err("Invalid query") } },
  { method: "post", path: "/api/contacts", tag: "Contacts", summary: "Create a contact", body: CreateContact, responses: { 201: { description: "Created", schema: one(RestContact) }, 400: err("Invalid input"), 409: err("Another contact has this email") } },
  { method: "get", path: "/api/contacts/{id}", tag: "Contacts", summary: "One contact", responses: { 200: { description: "The contact", schema: one(RestContact) }, 404: err("Not found") } },
  { method: "patch", path: "/api/contacts/{id}", tag: "Contacts", summary: "Update a contact (only the given fields; `accountIds` replaces the list)", body: UpdateContact, responses: { 200: { description: "Updated", schema: one(RestContact) }, 400: err("Invalid input"), 404: err("Not found"), 409: err("Another contact has this email") } },
  { method: "delete", path: "/api/contacts/{id}", tag: "Contacts", summary: "Delete a contact (soft)", responses: { 204: { description: "Deleted", empty: true }, 403: err("Not the owner, a manager or an admin"), 404: err("Not found") } },
  { method: "get", path: "/api/accounts", tag: "Accounts", summary: "List accounts (REST: paging, sort, search)", query: ListAccountsRestQuery, responses: { 200: { description: "A page and the total", schema: listOf(RestAccount) }, 400: err("Invalid query") } },
  { method: "post", path: "/api/accounts", tag: "Accounts", summary: "Create an account", body: CreateAccount, responses: { 201: { description: "Created", schema: one(RestAccount) }, 400: err("Invalid input") } },
  { method: "get", path: "/api/accounts/{id}", tag: "Accounts", summary: "One account", responses: { 200: { description: "The account", schema: one(RestAccount) }, 404: err("Not found") } },
  { method: "patch", path: "/api/accounts/{id}", tag: "Accounts", summary: "Update an account (only the given fields; `contactIds` replaces the list)", body: UpdateAccount, responses: { 200: { description: "Updated", schema: one(RestAccount) }, 400: err("Invalid input"), 404: err("Not found") } },
  { method: "delete", path: "/api/accounts/{id}", tag: "Accounts", summary: "Delete an account (soft)", responses: { 204: { description: "Deleted", empty: true }, 403: err("Not the owner, a manager or an admin"), 404: err("Not found") } },
  { method: "get", path: "/api/search", tag: "Search", summary: "Search contacts, accounts and deals at once (the Ctrl/Cmd-K palette)", query: GlobalSearch, responses: { 200: { description: "The first matches of each kind", schema: SearchResponse }, 400: err("Missing or invalid q") } },
];
