import { AttachContacts, CreateDeal, DetachContact, UpdateDeal } from "@/lib/deals/schemas";
import { AlaaqatDealEnvelope, UserComDeal, XalantisDealEnvelope } from "@/lib/http/serializers/deals";
import { ApiError } from "./schemas";
import type { Operation } from "./types";

const err = (description: string) => ({ description, schema: ApiError });
const updated = (schema: typeof UserComDeal | typeof XalantisDealEnvelope) => ({
  200: { description: "Updated", schema },
  400: err("Invalid input: `errors` names each field"),
  404: err("No such deal in this workspace"),
});

const publicUpdate = (method: "post" | "put" | "patch"): Operation => ({
  method,
  path: "/api/public/deals/{id}",
  tag: "Deals",
  summary: `Update a deal (document 001; ${method.toUpperCase()}, with or without the trailing slash)`,
  description: "JSON or form-encoded. Dates as YYYY-MM-DD or YYYY:MM:DD. Only the fields sent change.",
  body: UpdateDeal,
  form: true,
  responses: updated(UserComDeal),
});

/** Deals: documents 000 (attach/detach), 001 (public update) and 002 (create, the /api/deals family). */
export const dealOperations: Operation[] = [
  {
    method: "post",
    path: "/api/deals",
    tag: "Deals",
    summary: "Create a deal; its contact is found or created by email (document 002)",
    description: "Default pipeline and its first stage when none is given; currency defaults to EUR.",
    body: CreateDeal,
    responses: { 201: { description: "Created", schema: XalantisDealEnvelope }, 400: err("Invalid input"), 404: err("Pipeline or stage not found") },
  },
  { method: "get", path: "/api/deals/{id}", tag: "Deals", summary: "One deal (document 002's shape)", responses: { 200: { description: "The deal", schema: XalantisDealEnvelope }, 404: err("Not found") } },
  { method: "patch", path: "/api/deals/{id}", tag: "Deals", summary: "Update a deal, including moving it to another stage (`stage_id`)", body: UpdateDeal, responses: updated(XalantisDealEnvelope) },
  { method: "get", path: "/api/public/deals/{id}", tag: "Deals", summary: "One deal (document 001's shape)", responses: { 200: { description: "The deal", schema: UserComDeal }, 404: err("Not found") } },
  publicUpdate("patch"),
  publicUpdate("put"),
  publicUpdate("post"),
  {
    method: "post",
    path: "/api/deals/{id}/attach-contacts",
    tag: "Deals",
    summary: "Attach contacts to a deal; already attached ones are left as they are (document 000)",
    body: AttachContacts,
    responses: { 200: { description: "The deal and its contacts", schema: AlaaqatDealEnvelope }, 400: err("Invalid input"), 404: err("Deal or contact not found") },
  },
  {
    method: "post",
    path: "/api/deals/{id}/detach-contact",
    tag: "Deals",
    summary: "Detach one contact from a deal (document 000)",
    body: DetachContact,
    responses: { 200: { description: "The deal and its remaining contacts", schema: AlaaqatDealEnvelope }, 400: err("Invalid input"), 404: err("Deal or contact not found") },
  },
];
