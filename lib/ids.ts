import { v7 } from "uuid";

/** A new UUIDv7: time-ordered, so that ids sort by creation and index well. */
export const newId = (): string => v7();

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for any well-formed UUID string (of any version). */
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID_RE.test(value);
