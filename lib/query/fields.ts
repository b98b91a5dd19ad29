import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { accountContacts, accounts, contacts, customFieldValues, dealContacts, deals, dealStatuses, taskTypes, tasks, type CustomField, type EntityType } from "@/db/schema";
import { OPERATORS_BY_TYPE } from "./operators";
import type { FieldDef, FieldOption, FieldTarget, FieldType, OptionSource, ValueEditor } from "./types";

const EDITOR: Record<FieldType, ValueEditor> = {
  string: "text",
  number: "number",
  boolean: "checkbox",
  date: "date",
  datetime: "datetime-local",
  enum: "select",
};

type Extra = Partial<Pick<FieldDef, "options" | "optionSource" | "operators" | "enumOf">>;

function field(name: string, label: string, type: FieldType, group: string, target: () => FieldTarget, extra: Extra = {}): FieldDef {
  return { name, label, type, group, operators: OPERATORS_BY_TYPE[type], valueEditor: EDITOR[type], ...extra, target };
}
const col = (c: AnyColumn | SQL, more: Partial<FieldTarget> = {}) => () => ({ expr: sql`${c}`, ...more });
const ts = (c: AnyColumn) => col(c, { storage: "timestamptz" });
const users = (c: AnyColumn): [() => FieldTarget, Extra] => [col(c, { userRef: true }), { optionSource: "users" }];
const ids = (c: AnyColumn, source: OptionSource): [() => FieldTarget, Extra] => [col(c, { idRef: true }), { optionSource: source }];
const choices = (values: readonly string[], label = (v: string) => v): FieldOption[] => values.map((value) => ({ value, label: label(value) }));
const humanize = (v: string) => v.charAt(0) + v.slice(1).toLowerCase().replace(/_/g, " ");

/** An EXISTS over rows related to the record, as a field target. */
const related = (expr: SQL, from: (cond: SQL) => SQL, more: Partial<FieldTarget> = {}) => () => ({ expr, via: from, ...more });

// Relations. Each subquery is correlated with the outer row through the entity table's own columns.
const contactAccount = (c: AnyColumn) =>
  related(sql`${c}`, (cond) => sql`exists (select 1 from ${accountContacts} join ${accounts} on ${accounts.id} = ${accountContacts.accountId} and not ${accounts.isDeleted} where ${accountContacts.contactId} = ${contacts.id} and ${cond})`);
const accountContact = (c: AnyColumn) =>
  related(sql`${c}`, (cond) => sql`exists (select 1 from ${accountContacts} join ${contacts} on ${contacts.id} = ${accountContacts.contactId} and not ${contacts.isDeleted} where ${accountContacts.accountId} = ${accounts.id} and ${cond})`);
const dealAccount = (c: AnyColumn) => related(sql`${c}`, (cond) => sql`exists (select 1 from ${accounts} where ${accounts.id} = ${deals.accountId} and not ${accounts.isDeleted} and ${cond})`);
const dealPrimaryContact = (c: AnyColumn) => related(sql`${c}`, (cond) => sql`exists (select 1 from ${contacts} where ${contacts.id} = ${deals.primaryContactId} and not ${contacts.isDeleted} and ${cond})`);
const dealAnyContact = (c: AnyColumn) =>
  related(sql`${c}`, (cond) => sql`exists (select 1 from ${dealContacts} join ${contacts} on ${contacts.id} = ${dealContacts.contactId} and not ${contacts.isDeleted} where ${dealContacts.dealId} = ${deals.id} and ${cond})`);
const taskDeal = (c: AnyColumn) => related(sql`${c}`, (cond) => sql`exists (select 1 from ${deals} where ${deals.id} = ${tasks.dealId} and not ${deals.isDeleted} and ${cond})`);
const taskContact = (c: AnyColumn) => related(sql`${c}`, (cond) => sql`exists (select 1 from ${contacts} where ${contacts.id} = ${tasks.contactId} and not ${contacts.isDeleted} and ${cond})`);
const taskAccount = (c: AnyColumn) => related(sql`${c}`, (cond) => sql`exists (select 1 from ${accounts} where ${accounts.id} = ${tasks.accountId} and not ${accounts.isDeleted} and ${cond})`);

/** Open (not done, not deleted) tasks linked to the record through `link`. */
const openTaskDue = (link: AnyColumn, outer: AnyColumn) =>
  related(sql`${tasks.endAt}`, (cond) => sql`exists (select 1 from ${tasks} where ${link} = ${outer} and ${tasks.completedAt} is null and not ${tasks.isDeleted} and ${cond})`, { storage: "timestamptz" });

const contactHasOpenDeals = sql`exists (select 1 from ${deals} where not ${deals.isDeleted} and ${deals.status} = 'open' and (${deals.primaryContactId} = ${contacts.id} or exists (select 1 from ${dealContacts} where ${dealContacts.dealId} = ${deals.id} and ${dealContacts.contactId} = ${contacts.id})))`;
const accountHasOpenDeals = sql`exists (select 1 from ${deals} where ${deals.accountId} = ${accounts.id} and not ${deals.isDeleted} and ${deals.status} = 'open')`;

const CONTACT = "Contact";
const ACCOUNT = "Account";
const DEAL = "Deal";
const TASK = "Task";

function customerFields(t: typeof contacts | typeof accounts, group: string): FieldDef[] {
  return [
    field("primaryEmail", "Email", "string", group, col(t.primaryEmail)),
    field("secondaryEmail", "Secondary email", "string", group, col(t.secondaryEmail)),
    field("mobilePhone", "Mobile phone", "string", group, col(t.mobilePhone)),
    field("workPhone", "Work phone", "string", group, col(t.workPhone)),
    field("homePhone", "Home phone", "string", group, col(t.homePhone)),
    field("address", "Address", "string", group, col(t.address)),
    field("city", "City", "string", group, col(t.city)),
    field("province", "Province", "string", group, col(t.province)),
    field("postalCode", "Postal code", "string", group, col(t.postalCode)),
    field("country", "Country", "string", group, col(t.country)),
    field("language", "Language", "string", group, col(t.language)),
    field("isActive", "Active", "boolean", group, col(t.isActive)),
    field("dateCreated", "Created", "datetime", group, ts(t.createdAt)),
    field("dateModified", "Modified", "datetime", group, ts(t.modifiedAt)),
    field("owner", "Owner", "enum", group, ...users(t.ownerId)),
  ];
}

/** The built-in fields of each entity, relations included. Custom fields are added per workspace. */
export const BUILT_IN: Record<EntityType, readonly FieldDef[]> = {
  contact: [
    field("firstName", "First name", "string", CONTACT, col(contacts.firstName)),
    field("lastName", "Last name", "string", CONTACT, col(contacts.lastName)),
    field("fullName", "Full name", "string", CONTACT, col(sql`(coalesce(${contacts.firstName}, '') || ' ' || coalesce(${contacts.lastName}, ''))`)),
    field("companyName", "Company name", "string", CONTACT, col(contacts.companyName)),
    field("jobTitle", "Job title", "string", CONTACT, col(contacts.jobTitle)),
    field("civility", "Civility", "string", CONTACT, col(contacts.civility)),
    field("preferredMethodOfContact", "Preferred contact method", "string", CONTACT, col(contacts.preferredMethodOfContact)),
    ...customerFields(contacts, CONTACT),
    field("lastActivityAt", "Last activity", "datetime", CONTACT, ts(contacts.lastActivityAt)),
    field("source", "Source", "enum", CONTACT, ...ids(contacts.sourceId, "sources")),
    field("account.name", "Account name", "string", ACCOUNT, contactAccount(accounts.name)),
    field("account.industry", "Account industry", "string", ACCOUNT, contactAccount(accounts.industry)),
    field("hasOpenDeals", "Has open deals", "boolean", DEAL, col(contactHasOpenDeals)),
    field("openTask.dueAt", "Open task due", "datetime", TASK, openTaskDue(tasks.contactId, contacts.id)),
  ],
  account: [
    field("name", "Name", "string", ACCOUNT, col(accounts.name)),
    field("website", "Website", "string", ACCOUNT, col(accounts.website)),
    field("industry", "Industry", "string", ACCOUNT, col(accounts.industry)),
    ...customerFields(accounts, ACCOUNT),
    field("contact.primaryEmail", "Contact email", "string", CONTACT, accountContact(contacts.primaryEmail)),
    field("contact.lastName", "Contact last name", "string", CONTACT, accountContact(contacts.lastName)),
    field("hasOpenDeals", "Has open deals", "boolean", DEAL, col(accountHasOpenDeals)),
    field("openTask.dueAt", "Open task due", "datetime", TASK, openTaskDue(tasks.accountId, accounts.id)),
  ],
  deal: [
    field("name", "Name", "string", DEAL, col(deals.name)),
    field("description", "Description", "string", DEAL, col(deals.description)),
    field("amount", "Amount", "number", DEAL, col(deals.amount)),
    field("currency", "Currency", "string", DEAL, col(deals.currency)),
    field("probability", "Probability", "number", DEAL, col(deals.probability)),
    field("status", "Status", "enum", DEAL, col(deals.status), { options: choices(dealStatuses, humanize), enumOf: "dealStatus" }),
    field("pipeline", "Pipeline", "enum", DEAL, ...ids(deals.pipelineId, "pipelines")),
    field("stage", "Stage", "enum", DEAL, ...ids(deals.stageId, "stages")),
    field("owner", "Owner", "enum", DEAL, ...users(deals.ownerId)),
    field("source", "Source", "enum", DEAL, ...ids(deals.sourceId, "sources")),
    field("expectedCloseDate", "Expected close date", "date", DEAL, col(deals.expectedCloseDate, { storage: "date" })),
    field("closedAt", "Closed", "datetime", DEAL, ts(deals.closedAt)),
    field("stageChangedAt", "Stage changed", "datetime", DEAL, ts(deals.stageChangedAt)),
    field("dateCreated", "Created", "datetime", DEAL, ts(deals.createdAt)),
    field("dateModified", "Modified", "datetime", DEAL, ts(deals.modifiedAt)),
    field("priority", "Priority", "number", DEAL, col(deals.priority)),
    field("category", "Category", "string", DEAL, col(deals.category)),
    field("customId", "Custom id", "string", DEAL, col(deals.customId)),
    field("nextSteps", "Next steps", "string", DEAL, col(deals.nextSteps)),
    field("lossReason", "Loss reason", "string", DEAL, col(deals.lossReason)),
    field("isQualified", "Qualified", "boolean", DEAL, col(deals.isQualified)),
    field("account.name", "Account name", "string", ACCOUNT, dealAccount(accounts.name)),
    field("account.industry", "Account industry", "string", ACCOUNT, dealAccount(accounts.industry)),
    field("account.country", "Account country", "string", ACCOUNT, dealAccount(accounts.country)),
    field("primaryContact.primaryEmail", "Main contact email", "string", CONTACT, dealPrimaryContact(contacts.primaryEmail)),
    field("primaryContact.lastName", "Main contact last name", "string", CONTACT, dealPrimaryContact(contacts.lastName)),
    field("contacts.primaryEmail", "Any contact's email", "string", CONTACT, dealAnyContact(contacts.primaryEmail)),
    field("openTask.dueAt", "Open task due", "datetime", TASK, openTaskDue(tasks.dealId, deals.id)),
  ],
  task: [
    field("title", "Title", "string", TASK, col(tasks.title)),
    field("note", "Note", "string", TASK, col(tasks.note)),
    field("type", "Type", "enum", TASK, col(tasks.type), { options: choices(taskTypes, humanize), enumOf: "taskType" }),
    field("assignee", "Assignee", "enum", TASK, ...users(tasks.assigneeId)),
    field("startAt", "Start", "datetime", TASK, ts(tasks.startAt)),
    field("dueAt", "Due", "datetime", TASK, ts(tasks.endAt)),
    field("completed", "Completed", "boolean", TASK, col(sql`(${tasks.completedAt} is not null)`)),
    field("completedAt", "Completed at", "datetime", TASK, ts(tasks.completedAt)),
    field("dateCreated", "Created", "datetime", TASK, ts(tasks.createdAt)),
    field("deal.name", "Deal name", "string", DEAL, taskDeal(deals.name)),
    field("deal.status", "Deal status", "enum", DEAL, taskDeal(deals.status), { options: choices(dealStatuses, humanize), enumOf: "dealStatus" }),
    field("contact.primaryEmail", "Contact email", "string", CONTACT, taskContact(contacts.primaryEmail)),
    field("contact.lastName", "Contact last name", "string", CONTACT, taskContact(contacts.lastName)),
    field("account.name", "Account name", "string", ACCOUNT, taskAccount(accounts.name)),
  ],
};

/** The entity table's id column: custom field values hang off it. */
const RECORD_ID = { contact: contacts.id, account: accounts.id, deal: deals.id, task: tasks.id } as const;

const CUSTOM_TYPE: Record<CustomField["fieldType"], FieldType> = {
  text: "string",
  textarea: "string",
  email: "string",
  phone: "string",
  url: "string",
  number: "number",
  date: "date",
  datetime: "datetime",
  boolean: "boolean",
  select: "enum",
  multiselect: "enum",
};

export const CUSTOM_PREFIX = "custom.";
export const CUSTOM_GROUP = "Custom fields";

/** A workspace's custom field as a filterable field: a condition on its value row, through EXISTS. */
export function customFieldDef(entity: EntityType, def: CustomField): FieldDef {
  const type = CUSTOM_TYPE[def.fieldType];
  const v = customFieldValues;
  const column = type === "number" ? v.valueNumber : type === "date" || type === "datetime" ? v.valueDate : type === "boolean" ? v.valueBool : def.fieldType === "multiselect" ? v.valueJson : v.valueText;
  const raw = (def.options as { choices?: ({ value: string; label?: string } | string)[] }).choices ?? [];
  const options = type === "enum" ? raw.map((c) => (typeof c === "string" ? { value: c, label: c } : { value: c.value, label: c.label || c.value })) : undefined;
  const base = field(`${CUSTOM_PREFIX}${def.fieldName}`, def.label, type, CUSTOM_GROUP, related(sql`${column}`, (cond) =>
    sql`exists (select 1 from ${v} where ${v.fieldId} = ${def.id} and ${v.recordId} = ${RECORD_ID[entity]} and ${cond})`,
    { storage: "timestamptz", jsonArray: def.fieldType === "multiselect" },
  ), options ? { options } : {});
  return { ...base, customFieldId: def.id, ...(def.fieldType === "multiselect" ? { valueEditor: "multiselect" as const } : {}) };
}
