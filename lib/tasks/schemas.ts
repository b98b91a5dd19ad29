import { z } from "zod";
import { taskTypes, type TaskType } from "@/db/schema";
import { inDateRange } from "@/lib/dates";

/**
 * Request bodies of the task endpoints. Two spellings of one task:
 * - "rest": the `/api/tasks` family (camelCase, `dueAt`, `assigneeId`, `dealId`…);
 * - "cone": document 003's TaskRequest at `/api/task` (`start`, `end`, `assignee`, `connection`…).
 * Both parse into the same `TaskChanges`, so that one set of verbs serves both; `TASK_FIELD_NAMES` gives
 * each dialect's name of every field, so that a 400 names the field the client sent.
 */

export type TaskDialect = "rest" | "cone";

/** A task's writable fields, as the verbs see them (the table's column names). */
export type TaskChanges = {
  type?: TaskType;
  title?: string;
  note?: string | null;
  startAt?: Date | null;
  endAt?: Date | null;
  assigneeId?: string | null;
  contactId?: string | null;
  accountId?: string | null;
  dealId?: string | null;
  completed?: boolean;
};
export type TaskField = keyof TaskChanges;

export const TASK_FIELD_NAMES: Record<TaskDialect, Record<TaskField, string>> = {
  rest: { type: "type", title: "title", note: "note", startAt: "startAt", endAt: "dueAt", assigneeId: "assigneeId", contactId: "contactId", accountId: "accountId", dealId: "dealId", completed: "completed" },
  cone: { type: "type", title: "title", note: "note", startAt: "start", endAt: "end", assigneeId: "assignee", contactId: "contact", accountId: "account", dealId: "connection", completed: "taskDone" },
};

export const TITLE_MAX = 255;
export const NOTE_MAX = 10_000;

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** Document 003's message for a missing value (its example 400 body is "title This value should not be blank."). */
const BLANK = "This value should not be blank.";

const Title = (blank: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? blank : "must be a string") })
    .trim()
    .min(1, blank)
    .max(TITLE_MAX, `must be at most ${TITLE_MAX} characters`);

const Note = z.preprocess(
  blankToNull,
  z.string({ error: "must be a string" }).trim().max(NOTE_MAX, `must be at most ${NOTE_MAX} characters`).nullable(),
);

/** A point in time: ISO 8601 with an offset (`2025-03-01T09:30:00+01:00`), without one (read as UTC), or a date (midnight UTC). */
export const DateTimeInput = z.preprocess(
  blankToNull,
  z
    .string({ error: "must be an ISO 8601 date-time" })
    .trim()
    .transform((s, c) => {
      const ok = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.test(s);
      const withZone = /T|\s/.test(s) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(s) ? `${s}Z` : s;
      const d = new Date(withZone.replace(" ", "T"));
      const [y, m, day] = s.slice(0, 10).split("-").map(Number);
      const calendar = new Date(Date.UTC(y!, m! - 1, day!));
      if (!ok || !inDateRange(d) || calendar.getUTCMonth() !== m! - 1 || calendar.getUTCDate() !== day) {
        c.addIssue({ code: "custom", message: "must be an ISO 8601 date-time" });
        return z.NEVER;
      }
      return d;
    })
    .nullable(),
);

const NullableId = z.preprocess(blankToNull, z.string({ error: "must be an id (UUID)" }).trim().uuid("must be an id (UUID)").nullable());
const RequiredId = (blank: string) =>
  z.string({ error: (iss) => (iss.input === undefined || iss.input === null ? blank : "must be an id (UUID)") }).trim().min(1, blank).uuid("must be an id (UUID)");

export const TaskTypeInput = z.enum(taskTypes, { error: `must be one of ${taskTypes.join(", ")}` });
/** Document 003 also lists an empty type; it is stored as OTHER. */
const ConeTaskType = z.preprocess(
  (v) => (v === "" || v === null ? "OTHER" : v),
  z.enum(taskTypes, { error: `must be one of ${taskTypes.join(", ")} or empty` }),
);
const Done = z.boolean({ error: "must be true or false" });

/** Body of POST /api/tasks. The assignee defaults to the caller. */
export const CreateTask = z.object({
  type: TaskTypeInput.optional(),
  title: Title("is required"),
  note: Note.optional(),
  startAt: DateTimeInput.optional(),
  dueAt: DateTimeInput.optional(),
  assigneeId: NullableId.optional(),
  contactId: NullableId.optional(),
  accountId: NullableId.optional(),
  dealId: NullableId.optional(),
  /** Custom field values by field name (or id); checked against their definitions (lib/custom-fields/values.ts). */
  customFields: z.record(z.string(), z.unknown(), { error: "must be an object of field name → value" }).optional(),
});
export type CreateTask = z.infer<typeof CreateTask>;

/** Body of PATCH /api/tasks/{id}: only the fields present change; `null` clears a field. */
export const UpdateTask = z.object({
  type: TaskTypeInput.optional(),
  title: Title("is required").optional(),
  note: Note.optional(),
  startAt: DateTimeInput.optional(),
  dueAt: DateTimeInput.optional(),
  assigneeId: NullableId.optional(),
  contactId: NullableId.optional(),
  accountId: NullableId.optional(),
  dealId: NullableId.optional(),
  completed: Done.optional(),
  customFields: z.record(z.string(), z.unknown(), { error: "must be an object of field name → value" }).optional(),
});
export type UpdateTask = z.infer<typeof UpdateTask>;

const coneFields = {
  type: ConeTaskType.optional(),
  start: DateTimeInput.optional(),
  end: DateTimeInput.optional(),
  note: Note.optional(),
  contact: NullableId.optional(),
  account: NullableId.optional(),
  connection: NullableId.optional(),
  /** Not in TaskRequest, but Task carries it: accepted so that a client can round-trip a task. */
  taskDone: Done.optional(),
};

/** Body of POST /api/task: document 003's TaskRequest (`assignee` and `title` required). */
export const ConeTaskRequest = z.object({ assignee: RequiredId(BLANK), title: Title(BLANK), ...coneFields });
export type ConeTaskRequest = z.infer<typeof ConeTaskRequest>;

/**
 * Body of PATCH /api/task/{task}. The document requires the same fields as on create; Rapport also
 * accepts a partial body (only the fields present change), so that both readings work.
 */
export const ConeTaskUpdate = z.object({ assignee: RequiredId(BLANK).optional(), title: Title(BLANK).optional(), ...coneFields });
export type ConeTaskUpdate = z.infer<typeof ConeTaskUpdate>;

/** Renames a parsed body of `dialect` into TaskChanges (fields absent from the body stay absent). */
export function toTaskChanges(dialect: TaskDialect, body: Record<string, unknown>): TaskChanges {
  const names = TASK_FIELD_NAMES[dialect];
  const out: Record<string, unknown> = {};
  for (const [field, name] of Object.entries(names)) if (body[name] !== undefined) out[field] = body[name];
  return out as TaskChanges;
}

export const TASK_SORT_FIELDS = ["dueAt", "startAt", "createdAt", "modifiedAt", "completedAt", "title", "type", "assignee"] as const;
export const TASK_STATUSES = ["open", "completed", "overdue", "all"] as const;
export const MAX_PAGE_SIZE = 200;

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number({ error: "must be a number" }).int("must be an integer").min(min, `must be ${min} or more`).max(max, `must be at most ${max}`).default(fallback);

/**
 * Query of GET /api/tasks (docs/api.md, REST conventions). `assigneeId` takes a user id or `me`; `sort`
 * a field name, `-field` for descending; `filter` a saved filter of tasks, `query` a react-querybuilder
 * query (JSON) on tasks.
 */
export const ListTasksQuery = z.object({
  limit: int(1, MAX_PAGE_SIZE, 50),
  offset: int(0, Number.MAX_SAFE_INTEGER, 0),
  search: z.string().trim().max(200, "must be at most 200 characters").optional(),
  status: z.enum(TASK_STATUSES, { error: `must be one of ${TASK_STATUSES.join(", ")}` }).default("all"),
  assigneeId: z.union([z.literal("me"), z.string().uuid("must be a UUID or me")], { error: "must be a UUID or me" }).optional(),
  type: TaskTypeInput.optional(),
  contactId: z.string().uuid("must be a UUID").optional(),
  accountId: z.string().uuid("must be a UUID").optional(),
  dealId: z.string().uuid("must be a UUID").optional(),
  dueFrom: DateTimeInput.optional(),
  dueTo: DateTimeInput.optional(),
  sort: z
    .string()
    .trim()
    .refine((s) => (TASK_SORT_FIELDS as readonly string[]).includes(s.replace(/^-/, "")), `must be one of ${TASK_SORT_FIELDS.join(", ")} (prefix - for descending)`)
    .default("dueAt"),
  filter: z.string().trim().max(100, "must be at most 100 characters").optional(),
  query: z.string().max(20_000, "must be at most 20000 characters").optional(),
});
export type ListTasksQuery = z.infer<typeof ListTasksQuery>;
