import { z } from "zod";
import { AddNote, ListActivitiesQuery } from "@/lib/activity/schemas";
import { ActivityPage } from "@/lib/http/serializers/activities";
import { ApiError } from "./schemas";
import type { Operation } from "./types";

const err = (description: string) => ({ description, schema: ApiError });

/** The timeline of every record: read it, add notes to it. */
export const activityOperations: Operation[] = [
  {
    method: "get",
    path: "/api/activities",
    tag: "Timeline",
    summary: "A record's timeline, newest first (keyset paged: pass meta.nextCursor as cursor)",
    description: "`labels` names the ids that appear in `changes` (stages, pipelines, users, contacts, accounts).",
    query: ListActivitiesQuery,
    responses: { 200: { description: "A page of entries", schema: ActivityPage }, 400: err("Invalid query") },
  },
  {
    method: "post",
    path: "/api/activities",
    tag: "Timeline",
    summary: "Add a note to a record's timeline",
    body: AddNote,
    responses: { 201: { description: "Added", schema: z.object({ data: z.object({ id: z.uuid() }) }) }, 400: err("Invalid input"), 404: err("No such record in this workspace") },
  },
];
