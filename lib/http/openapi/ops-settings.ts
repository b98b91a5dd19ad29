import { z } from "zod";
import { CreateCustomField, UpdateCustomField } from "@/lib/custom-fields/schemas";
import { CustomLabelInput } from "@/lib/custom-labels/schemas";
import { ConeCustomField, ConeCustomLabel, ConeStage } from "@/lib/http/serializers/cone-settings";
import { many, one, RestDepartment, RestFranchise, RestLeadSource, RestPipeline, RestStage, RestUser } from "@/lib/http/serializers/rest-settings";
import { CreateDepartment, CreateFranchise, CreateLeadSource, ListDepartmentsQuery, ListFranchisesQuery, ListLeadSourcesQuery, UpdateDepartment, UpdateFranchise, UpdateLeadSource } from "@/lib/org/schemas";
import { ListPipelinesQuery } from "@/lib/pipelines/list";
import { CreatePipeline, ReorderStages, UpdatePipeline } from "@/lib/pipelines/schemas";
import { CreateStage, UpdateStage } from "@/lib/stages/schemas";
import { CreateUser, ListUsersQuery, UpdateUser } from "@/lib/users/schemas";
import { ApiError } from "./schemas";
import type { Operation } from "./types";

const err = (description: string) => ({ description, schema: ApiError });
const forbidden = err("Your role may not do this");
const notFound = err("Not found in your workspace");
const invalid = err("Invalid input (the field is named)");

/** Document 003's stages, custom fields and custom labels. */
const coneOperations: Operation[] = [
  { method: "get", path: "/api/stage", tag: "Stages", summary: "Every stage of the workspace (document 003)", responses: { 200: { description: "Stages", schema: z.array(ConeStage) } } },
  { method: "post", path: "/api/stage", tag: "Stages", summary: "Create a stage (managers; document 003: 201)", body: CreateStage, responses: { 201: { description: "Created", schema: ConeStage }, 400: invalid, 403: forbidden, 409: err("The id is taken") } },
  { method: "get", path: "/api/stage/{id}", tag: "Stages", summary: "One stage", responses: { 200: { description: "Stage", schema: ConeStage }, 404: notFound } },
  { method: "patch", path: "/api/stage/{id}", tag: "Stages", summary: "Change a stage (managers)", body: UpdateStage, responses: { 200: { description: "Updated", schema: ConeStage }, 400: invalid, 403: forbidden, 404: notFound } },
  { method: "delete", path: "/api/stage/{id}", tag: "Stages", summary: "Delete a stage (managers; 204; 400 while deals are in it)", responses: { 204: { description: "Deleted", empty: true }, 400: err("The stage holds deals, or is its pipeline's last open stage"), 403: forbidden, 404: notFound } },
  { method: "get", path: "/api/custom-field", tag: "Custom fields", summary: "Every custom field of the workspace", responses: { 200: { description: "Fields", schema: z.array(ConeCustomField) } } },
  { method: "post", path: "/api/custom-field", tag: "Custom fields", summary: "Add a custom field (admins; document 003: 200)", body: CreateCustomField, responses: { 200: { description: "Created", schema: ConeCustomField }, 400: invalid, 403: forbidden } },
  {
    method: "get",
    path: "/api/custom-field/{customField}",
    tag: "Custom fields",
    summary: "The custom fields of one entity",
    description: "Document 003 names this segment `{entity}` for GET: contact, account, deal (or lead/connection) or task. 400 for another name.",
    responses: { 200: { description: "Fields", schema: z.array(ConeCustomField) }, 400: err("Unknown entity") },
  },
  { method: "patch", path: "/api/custom-field/{customField}", tag: "Custom fields", summary: "Change a custom field by id (admins)", body: UpdateCustomField, responses: { 200: { description: "Updated", schema: ConeCustomField }, 400: invalid, 403: forbidden, 404: notFound } },
  { method: "delete", path: "/api/custom-field/{customField}", tag: "Custom fields", summary: "Delete a custom field by id (admins; 200 with null)", responses: { 200: { description: "Deleted (body null)" }, 403: forbidden, 404: notFound } },
  { method: "get", path: "/api/custom-labels", tag: "Custom labels", summary: "The workspace's label maps", responses: { 200: { description: "Labels", schema: z.array(ConeCustomLabel) } } },
  { method: "post", path: "/api/custom-labels", tag: "Custom labels", summary: "Add a label map (admins; document 003: 200)", body: CustomLabelInput, responses: { 200: { description: "Created", schema: ConeCustomLabel }, 400: err("value is required"), 403: forbidden } },
  { method: "patch", path: "/api/custom-labels/{id}", tag: "Custom labels", summary: "Replace a label map (admins)", body: CustomLabelInput, responses: { 200: { description: "Updated", schema: ConeCustomLabel }, 400: err("value is required"), 403: forbidden, 404: notFound } },
  { method: "delete", path: "/api/custom-labels/{id}", tag: "Custom labels", summary: "Delete a label map (soft; 200 with null)", responses: { 200: { description: "Deleted (body null)" }, 403: forbidden, 404: notFound } },
];

/** A REST dictionary: list, create, get, update, delete. */
function dictionary(path: string, tag: string, schema: z.ZodType, query: z.ZodObject, create: z.ZodType, update: z.ZodType, who: string): Operation[] {
  return [
    { method: "get", path, tag, summary: `List ${tag.toLowerCase()}`, query, responses: { 200: { description: "A page and the total", schema: many(schema) }, 400: err("Invalid query") } },
    { method: "post", path, tag, summary: `Create (${who})`, body: create, responses: { 201: { description: "Created", schema: one(schema) }, 400: invalid, 403: forbidden } },
    { method: "get", path: `${path}/{id}`, tag, summary: "Get one", responses: { 200: { description: "Found", schema: one(schema) }, 404: notFound } },
    { method: "patch", path: `${path}/{id}`, tag, summary: `Update (${who})`, body: update, responses: { 200: { description: "Updated", schema: one(schema) }, 400: invalid, 403: forbidden, 404: notFound } },
    { method: "delete", path: `${path}/{id}`, tag, summary: `Delete (${who}; soft)`, responses: { 204: { description: "Deleted", empty: true }, 400: err("Still in use"), 403: forbidden, 404: notFound } },
  ];
}

const restOperations: Operation[] = [
  ...dictionary("/api/pipelines", "Pipelines", RestPipeline, ListPipelinesQuery, CreatePipeline, UpdatePipeline, "managers"),
  { method: "post", path: "/api/pipelines/{id}/stages", tag: "Pipelines", summary: "Add a stage to a pipeline (managers)", body: CreateStage.omit({ pipeline: true, pipelineId: true }), responses: { 201: { description: "Created", schema: one(RestStage) }, 400: invalid, 403: forbidden, 404: notFound } },
  { method: "put", path: "/api/pipelines/{id}/stages/order", tag: "Pipelines", summary: "Reorder a pipeline's stages (managers)", body: ReorderStages, responses: { 200: { description: "The pipeline in its new order", schema: one(RestPipeline) }, 400: invalid, 403: forbidden, 404: notFound } },
  { method: "patch", path: "/api/pipelines/{id}/stages/{stageId}", tag: "Pipelines", summary: "Change a stage of the pipeline (managers)", body: UpdateStage, responses: { 200: { description: "Updated", schema: one(RestStage) }, 400: invalid, 403: forbidden, 404: notFound } },
  { method: "delete", path: "/api/pipelines/{id}/stages/{stageId}", tag: "Pipelines", summary: "Delete a stage of the pipeline (managers; 400 while deals are in it)", responses: { 204: { description: "Deleted", empty: true }, 400: err("The stage holds deals, or is the last open stage"), 403: forbidden, 404: notFound } },
  ...dictionary("/api/franchises", "Franchises", RestFranchise, ListFranchisesQuery, CreateFranchise, UpdateFranchise, "admins"),
  ...dictionary("/api/departments", "Departments", RestDepartment, ListDepartmentsQuery, CreateDepartment, UpdateDepartment, "admins"),
  ...dictionary("/api/lead-sources", "Lead sources", RestLeadSource, ListLeadSourcesQuery, CreateLeadSource, UpdateLeadSource, "managers"),
  { method: "get", path: "/api/users", tag: "Users", summary: "List the workspace's people", query: ListUsersQuery, responses: { 200: { description: "A page and the total", schema: many(RestUser) }, 400: err("Invalid query") } },
  {
    method: "post",
    path: "/api/users",
    tag: "Users",
    summary: "Invite a person (admins)",
    description: "Without `password`, a temporary password is generated and returned in this answer only.",
    body: CreateUser,
    responses: { 201: { description: "Created", schema: z.object({ data: RestUser, temporaryPassword: z.string().nullable() }) }, 400: invalid, 403: forbidden, 409: err("Email already registered") },
  },
  { method: "get", path: "/api/users/{id}", tag: "Users", summary: "One person", responses: { 200: { description: "Found", schema: one(RestUser) }, 404: notFound } },
  { method: "patch", path: "/api/users/{id}", tag: "Users", summary: "Change role, name, language, franchise, department or isActive (admins)", body: UpdateUser, responses: { 200: { description: "Updated", schema: one(RestUser) }, 400: err("Invalid input, or the last active admin"), 403: forbidden, 404: notFound } },
  { method: "delete", path: "/api/users/{id}", tag: "Users", summary: "Deactivate a person (admins; reversible with PATCH isActive)", responses: { 204: { description: "Deactivated", empty: true }, 400: err("Yourself, or the last active admin"), 403: forbidden, 404: notFound } },
  { method: "post", path: "/api/users/{id}/password", tag: "Users", summary: "Set a new temporary password (admins)", responses: { 200: { description: "The password, shown once", schema: one(z.object({ temporaryPassword: z.string() })) }, 403: forbidden, 404: notFound } },
];

export const settingsOperations: Operation[] = [...coneOperations, ...restOperations];
