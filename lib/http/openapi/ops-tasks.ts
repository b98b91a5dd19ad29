import { z } from "zod";
import { ConeTask, RestTaskEnvelope, RestTaskPage } from "@/lib/http/serializers/tasks";
import { ConeTaskRequest, ConeTaskUpdate, CreateTask, ListTasksQuery, UpdateTask } from "@/lib/tasks/schemas";
import { ApiError } from "./schemas";
import type { Operation } from "./types";

const err = (description: string) => ({ description, schema: ApiError });
/** Document 003's task endpoints answer errors as a bare JSON string "<field> <message>". */
const bare = (description: string) => ({ description, schema: z.string() });

/** Tasks: document 003's /api/task and the /api/tasks REST family. */
export const taskOperations: Operation[] = [
  {
    method: "post",
    path: "/api/task",
    tag: "Tasks",
    summary: "Create a task (document 003)",
    description: "`assignee` and `title` are required; `connection` links a lead (deal). Errors are a bare string such as \"title This value should not be blank.\"",
    body: ConeTaskRequest,
    responses: { 200: { description: "The task", schema: ConeTask }, 400: bare("Invalid input"), 401: bare("No credentials") },
  },
  {
    method: "patch",
    path: "/api/task/{task}",
    tag: "Tasks",
    summary: "Update a task (document 003; only the fields sent change)",
    body: ConeTaskUpdate,
    responses: { 200: { description: "The task", schema: ConeTask }, 400: bare("Invalid input"), 403: bare("Not the assignee, the author, a manager or an admin"), 404: bare("No such task") },
  },
  {
    method: "delete",
    path: "/api/task/{task}",
    tag: "Tasks",
    summary: "Delete a task (document 003; soft delete, 200 with an empty body)",
    responses: { 200: { description: "Deleted", empty: true }, 403: bare("Not the assignee, the author, a manager or an admin"), 404: bare("No such task") },
  },
  {
    method: "get",
    path: "/api/tasks",
    tag: "Tasks",
    summary: "List tasks: paging, sort, search, filters by assignee, status, due range, links",
    query: ListTasksQuery,
    responses: { 200: { description: "A page of tasks", schema: RestTaskPage }, 400: err("Invalid query") },
  },
  {
    method: "post",
    path: "/api/tasks",
    tag: "Tasks",
    summary: "Create a task (assigned to the caller unless `assigneeId` is given)",
    body: CreateTask,
    responses: { 201: { description: "Created", schema: RestTaskEnvelope }, 400: err("Invalid input") },
  },
  { method: "get", path: "/api/tasks/{id}", tag: "Tasks", summary: "One task", responses: { 200: { description: "The task", schema: RestTaskEnvelope }, 404: err("No such task") } },
  {
    method: "patch",
    path: "/api/tasks/{id}",
    tag: "Tasks",
    summary: "Update a task (only the fields sent change; `completed` completes or reopens it)",
    body: UpdateTask,
    responses: { 200: { description: "The task", schema: RestTaskEnvelope }, 400: err("Invalid input"), 403: err("Not allowed to change this task"), 404: err("No such task") },
  },
  {
    method: "delete",
    path: "/api/tasks/{id}",
    tag: "Tasks",
    summary: "Delete a task (soft)",
    responses: { 204: { description: "Deleted", empty: true }, 403: err("Not allowed to delete this task"), 404: err("No such task") },
  },
  {
    method: "post",
    path: "/api/tasks/{id}/complete",
    tag: "Tasks",
    summary: "Mark a task done (idempotent)",
    responses: { 200: { description: "The task", schema: RestTaskEnvelope }, 403: err("Not allowed to change this task"), 404: err("No such task") },
  },
  {
    method: "post",
    path: "/api/tasks/{id}/reopen",
    tag: "Tasks",
    summary: "Mark a done task not done (idempotent)",
    responses: { 200: { description: "The task", schema: RestTaskEnvelope }, 403: err("Not allowed to change this task"), 404: err("No such task") },
  },
];
