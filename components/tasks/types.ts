import type { TaskType } from "@/db/schema";

/** The task types in the order the dialog offers them (document 003's enum). */
export const TASK_TYPES = ["CALL", "MEETING", "FOLLOW_UP", "SMS", "REMINDER", "LINKEDIN_MESSAGE", "DM", "OTHER"] as const satisfies readonly TaskType[];

// Fails to compile if the database gains a type the dialog does not offer.
type Missing = Exclude<TaskType, (typeof TASK_TYPES)[number]>;
export const allTaskTypesOffered: Missing extends never ? true : never = true;
