import { z } from "zod";
import { CopyLead, CreateLead } from "@/lib/deals/lead-schemas";
import { ConeLead } from "@/lib/http/serializers/leads";
import { ApiError } from "./schemas";
import type { Operation } from "./types";

const err = (description: string) => ({ description, schema: ApiError });

/** Document 003's leads: a lead is a deal (the same table as /api/deals). */
export const leadOperations: Operation[] = [
  {
    method: "post",
    path: "/api/lead",
    tag: "Leads",
    summary: "Create a lead (document 003: 200)",
    description: "`subject`, `department`, `contact`, `source`, `franchise` are required; references as `{id}`. The lead goes to the first stage of its department's pipeline (else the default one). Vertical fields are stored and returned.",
    body: CreateLead,
    responses: { 200: { description: "The lead", schema: ConeLead }, 400: err("Invalid input: `errors` names each field"), 401: err("No credentials") },
  },
  {
    method: "post",
    path: "/api/lead/{lead}/copy",
    tag: "Leads",
    summary: "Copy a lead for another contact; subject, account, department and franchise default to the original's",
    body: CopyLead,
    responses: { 200: { description: "The new lead", schema: ConeLead }, 400: err("Invalid input"), 404: err("No such lead") },
  },
  {
    method: "get",
    path: "/api/contact/{contact}/lead/open",
    tag: "Leads",
    summary: "Open leads (neither won nor lost) of a contact, newest first",
    responses: { 200: { description: "Leads", schema: z.array(ConeLead) }, 404: err("No such contact") },
  },
];
