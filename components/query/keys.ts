import type { EntityType } from "@/db/schema";

/**
 * Every react-query key of the app, in one place: a mutation invalidates exactly the keys it changes.
 * (Type-only import from db/schema: no database code reaches the browser.)
 */
export const activityKeys = {
  all: ["activity"] as const,
  timeline: (entity: EntityType, recordId: string) => ["activity", entity, recordId] as const,
};

export type BoardKeyParams = { pipelineId: string; q?: string; owner?: string; status?: string; filter?: string };

export const dealKeys = {
  all: ["deals"] as const,
  boards: () => ["deals", "board"] as const,
  board: (p: BoardKeyParams) => ["deals", "board", p.pipelineId, { q: p.q ?? "", owner: p.owner ?? "", status: p.status ?? "", filter: p.filter ?? "" }] as const,
  column: (p: BoardKeyParams, stageId: string) => [...dealKeys.board(p), "column", stageId] as const,
  detail: (id: string) => ["deals", "detail", id] as const,
};

export const taskKeys = {
  all: ["tasks"] as const,
  /** The open tasks of the task list; `assignee` is me, all or a user id. */
  open: (assignee: string) => ["tasks", "open", assignee] as const,
  links: (kind: string, q: string) => ["tasks", "links", kind, q] as const,
  assignees: () => ["tasks", "assignees"] as const,
};
