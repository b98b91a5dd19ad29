import { entityTypes, taskTypes, type EntityType } from "@/db/schema/enums";

/**
 * What the builder offers (GET /api/automation/builder/data) and what the engine understands.
 * This file has no database or React imports: the editor validates graphs with the same code.
 */

export const TRIGGERS = [
  "deal.created",
  "deal.updated",
  "deal.stage_changed",
  "deal.won",
  "deal.lost",
  "contact.created",
  "contact.updated",
  "account.created",
  "task.created",
  "task.completed",
  "task.overdue",
  "schedule",
  "webhook",
] as const;
export type TriggerName = (typeof TRIGGERS)[number];

export const ACTIONS = ["update_record", "move_stage", "assign_owner", "create_task", "add_note", "send_webhook", "send_email"] as const;
export type ActionName = (typeof ACTIONS)[number];

/** The react-querybuilder operators a condition node may use. */
export const CONDITION_OPERATORS = [
  "=",
  "!=",
  "<",
  "<=",
  ">",
  ">=",
  "contains",
  "beginsWith",
  "endsWith",
  "doesNotContain",
  "doesNotBeginWith",
  "doesNotEndWith",
  "null",
  "notNull",
  "in",
  "notIn",
  "between",
  "notBetween",
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export const NODE_TYPES = ["trigger", "condition", "action", "delay"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const DELAY_UNITS = ["minutes", "hours", "days"] as const;
export type DelayUnit = (typeof DELAY_UNITS)[number];

export const TASK_TYPES = taskTypes;

/** The kind of record a trigger starts a run on; schedule and webhook runs have none. */
export function triggerRecordType(trigger: string): EntityType | null {
  const entity = trigger.split(".")[0];
  return (entityTypes as readonly string[]).includes(entity ?? "") ? (entity as EntityType) : null;
}

/** Actions that change the triggering record, so they need one (and move_stage needs a deal). */
export const RECORD_ACTIONS: readonly ActionName[] = ["update_record", "move_stage", "assign_owner", "add_note"];

/**
 * Fields that update_record may set, and that conditions and delays may read, per record type.
 * Custom fields are addressed as `custom.<fieldName>`.
 */
export const RECORD_FIELDS: Record<EntityType, Record<string, "text" | "number" | "date" | "boolean">> = {
  deal: {
    name: "text",
    description: "text",
    amount: "number",
    currency: "text",
    probability: "number",
    expectedCloseDate: "date",
    nextSteps: "text",
    lossReason: "text",
    priority: "number",
    category: "text",
    isQualified: "boolean",
  },
  contact: {
    firstName: "text",
    lastName: "text",
    companyName: "text",
    jobTitle: "text",
    primaryEmail: "text",
    mobilePhone: "text",
    city: "text",
    country: "text",
    language: "text",
    isActive: "boolean",
  },
  account: { name: "text", website: "text", industry: "text", primaryEmail: "text", city: "text", country: "text", isActive: "boolean" },
  task: { title: "text", note: "text", type: "text", endAt: "date" },
};

/** Fields a condition may test besides the writable ones (read-only state of the record). */
export const READ_ONLY_FIELDS: Record<EntityType, Record<string, "text" | "number" | "date" | "boolean">> = {
  deal: { status: "text", stageId: "text", pipelineId: "text", ownerId: "text", createdAt: "date", stageChangedAt: "date" },
  contact: { ownerId: "text", createdAt: "date" },
  account: { ownerId: "text", createdAt: "date" },
  task: { assigneeId: "text", dealId: "text", completedAt: "date", createdAt: "date" },
};

/** Variables offered in template fields, per record type (`{{deal.name}}`…). */
export const TEMPLATE_VARIABLES: Record<EntityType | "none", string[]> = {
  deal: ["deal.name", "deal.amount", "deal.currency", "deal.status", "deal.expectedCloseDate", "stage.name", "owner.name", "owner.email", "contact.firstName", "contact.lastName", "contact.email", "account.name"],
  contact: ["contact.firstName", "contact.lastName", "contact.email", "contact.mobilePhone", "owner.name", "owner.email"],
  account: ["account.name", "account.website", "owner.name", "owner.email"],
  task: ["task.title", "task.type", "task.endAt", "owner.name", "owner.email", "deal.name"],
  none: ["automation.name", "now"],
};

/** The body of GET /api/automation/builder/data: exactly the triggers, actions and condition operators. */
export function builderData() {
  return {
    triggers: [...TRIGGERS],
    actions: [...ACTIONS],
    conditions: [...CONDITION_OPERATORS],
    nodeTypes: [...NODE_TYPES],
    delayUnits: [...DELAY_UNITS],
    taskTypes: [...TASK_TYPES],
    variables: TEMPLATE_VARIABLES,
  };
}

/** Field names a delay may wait for, in the query registry's terms (a field's own date, not a relation's). */
export function isDelayDateField(f: { name: string; type: string }): boolean {
  return (f.type === "date" || f.type === "datetime") && (!f.name.includes(".") || f.name.startsWith("custom."));
}

/**
 * Fields whose change an `*.updated` trigger can wait for (`config.fields`): the names its event's
 * `changes` use (writable columns, the owner; custom fields as `custom.<name>`).
 */
export const CHANGE_FIELDS: Partial<Record<EntityType, readonly string[]>> = {
  deal: [...Object.keys(RECORD_FIELDS.deal), "ownerId"],
  contact: [...Object.keys(RECORD_FIELDS.contact), "ownerId"],
};

/** The registry field that names the same thing as a column (`ownerId` → `owner`), for its label. */
export const COLUMN_FIELD_NAMES: Record<string, string> = {
  ownerId: "owner",
  stageId: "stage",
  pipelineId: "pipeline",
  assigneeId: "assignee",
  endAt: "dueAt",
  createdAt: "dateCreated",
  modifiedAt: "dateModified",
};

/** The query registry's name for a record column or a custom field (`endAt` → `dueAt`; others keep theirs). */
export const registryFieldName = (name: string): string => COLUMN_FIELD_NAMES[name] ?? name;
