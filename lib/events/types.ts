import type { EntityType, FieldChange } from "@/db/schema";

/** Every domain event a record change emits (docs/automations.md lists them with their payloads). */
export const EVENT_NAMES = [
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
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export type DomainEvent = {
  name: EventName | "schedule" | "webhook";
  tenantId: string;
  record: { type: EntityType; id: string } | null;
  /** The user who made the change (for automations: the automation's author). */
  actorId: string | null;
  /** Event-specific data: `changes` for updates, `fromStageId`/`toStageId` for stage moves, the body for webhooks. */
  data: { changes?: Record<string, FieldChange>; fromStageId?: string | null; toStageId?: string; [key: string]: unknown };
  /** How many automation runs led to this event, and which automations (loop protection). */
  depth: number;
  chain: string[];
  at: string;
};
