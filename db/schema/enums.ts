import { pgEnum } from "drizzle-orm/pg-core";

export const userRoles = ["ADMIN", "MANAGER", "USER"] as const;
export type UserRole = (typeof userRoles)[number];
export const userRole = pgEnum("user_role", userRoles);

export const dealStatuses = ["open", "won", "lost"] as const;
export type DealStatus = (typeof dealStatuses)[number];
export const dealStatus = pgEnum("deal_status", dealStatuses);

/** A stage's kind drives the status of the deals in it. */
export const stageKind = pgEnum("stage_kind", dealStatuses);

export const taskTypes = ["CALL", "MEETING", "SMS", "FOLLOW_UP", "REMINDER", "LINKEDIN_MESSAGE", "DM", "OTHER"] as const;
export type TaskType = (typeof taskTypes)[number];
export const taskType = pgEnum("task_type", taskTypes);

/** Entities that carry custom fields, saved filters and timelines. */
export const entityTypes = ["contact", "account", "deal", "task"] as const;
export type EntityType = (typeof entityTypes)[number];
export const entityType = pgEnum("entity_type", entityTypes);

export const customFieldTypes = ["text", "textarea", "number", "date", "datetime", "boolean", "select", "multiselect", "email", "phone", "url"] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];
export const customFieldType = pgEnum("custom_field_type", customFieldTypes);

export const automationRunStatuses = ["running", "waiting", "succeeded", "failed"] as const;
export type AutomationRunStatus = (typeof automationRunStatuses)[number];
export const automationRunStatus = pgEnum("automation_run_status", automationRunStatuses);
