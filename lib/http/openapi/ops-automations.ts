import { z } from "zod";
import { CreateAutomation, ListRunsQuery, TestRun, UpdateAutomation } from "@/lib/automation/schemas";
import { AutomationRunJson, BuilderData, ConeAutomation } from "@/lib/http/serializers/automations";
import { ApiError } from "./schemas";
import type { Operation } from "./types";

const err = (description: string) => ({ description, schema: ApiError });
const tag = "Automations";

const NODE_DATA = `Node \`data\` by node type (docs/automations.md):
- trigger: \`{"trigger": "deal.stage_changed", "config": {"fromStageId": "…", "toStageId": "…"}}\` (schedule: \`{"cron": "0 9 * * 1-5", "timezone": "Europe/Paris"}\`); \`automationTrigger\` equals \`trigger\`.
- condition: \`{"query": {"combinator": "and", "rules": [{"field": "amount", "operator": ">", "value": 10000}]}}\`; edges leave with \`sourceHandle\` "true" / "false".
- action: \`{"action": "create_task", "config": {"title": "Call {{deal.name}}", "type": "CALL", "dueInHours": 24, "assignee": "owner"}}\`; update_record \`{fields: {amount: 5000, "custom.region": "EU"}}\`, move_stage \`{stageId}\`, assign_owner \`{mode: "fixed", userId}\` or \`{mode: "round_robin", userIds}\`, add_note \`{note}\`, send_webhook \`{url, headers?, secret?, timeoutMs?, retries?}\`, send_email \`{to, subject, body}\`.
- delay: \`{"delay": {"amount": 2, "unit": "minutes" | "hours" | "days"}}\` or \`{"delay": {"untilField": "expectedCloseDate", "offsetHours": 9}}\` (untilField: a date/datetime field of the trigger record as the query registry names it, custom fields as custom.<name>; offsetHours optional, -8760..8760).
An inactive automation (draft) may be incomplete; activating (\`isActive: true\`) needs exactly one trigger, every step connected, no cycles and every required setting (400 naming each problem).`;

/** Document 003's automation endpoints, plus runs, test runs, re-runs and the inbound webhook. */
export const automationOperations: Operation[] = [
  { method: "get", path: "/api/automation/builder/data", tag, summary: "Triggers, actions and condition operators of the builder", responses: { 200: { description: "Builder metadata", schema: BuilderData } } },
  { method: "get", path: "/api/automation", tag, summary: "List automations (unpaged, newest first)", responses: { 200: { description: "Automations", schema: z.array(ConeAutomation) } } },
  { method: "post", path: "/api/automation", tag, summary: "Create an automation (200, document 003)", description: NODE_DATA, body: CreateAutomation, responses: { 200: { description: "Created", schema: ConeAutomation }, 400: err("Invalid input or graph"), 403: err("Managers and admins only") } },
  { method: "get", path: "/api/automation/{automation}", tag, summary: "Get an automation", responses: { 200: { description: "The automation", schema: ConeAutomation }, 404: err("Not found") } },
  { method: "patch", path: "/api/automation/{automation}", tag, summary: "Update an automation (the fields given)", description: NODE_DATA, body: UpdateAutomation, responses: { 200: { description: "Updated", schema: ConeAutomation }, 400: err("Invalid input or graph"), 403: err("Managers and admins only"), 404: err("Not found") } },
  { method: "delete", path: "/api/automation/{automation}", tag, summary: "Delete an automation (soft; pending delayed runs are cancelled)", responses: { 200: { description: "Deleted", empty: true }, 403: err("Managers and admins only"), 404: err("Not found") } },
  { method: "post", path: "/api/automation/{automation}/duplicate", tag, summary: "Duplicate an automation (an inactive copy)", responses: { 200: { description: "The copy", schema: ConeAutomation }, 403: err("Managers and admins only"), 404: err("Not found") } },
  { method: "get", path: "/api/automation/{automation}/runs", tag, summary: "Runs of an automation, newest first, with their steps", query: ListRunsQuery, responses: { 200: { description: "Runs", schema: z.array(AutomationRunJson) }, 400: err("Invalid query"), 404: err("Not found") } },
];

automationOperations.push(
  { method: "post", path: "/api/automation/{automation}/test-run", tag, summary: "Test an automation on a record (dry run by default: shows what would happen, changes nothing)", body: TestRun, responses: { 200: { description: "The test run with its steps", schema: AutomationRunJson }, 400: err("Invalid graph or record"), 403: err("Managers and admins only"), 404: err("Not found") } },
  { method: "post", path: "/api/automation/{automation}/runs/{run}/rerun", tag, summary: "Re-run a run (same event and record, current graph)", responses: { 202: { description: "The new run, queued", schema: AutomationRunJson }, 400: err("Invalid graph"), 403: err("Managers and admins only"), 404: err("Not found") } },
  {
    method: "post",
    path: "/api/automation/{automation}/webhook",
    tag,
    auth: false,
    summary: "Inbound webhook trigger: starts a run with the JSON body as {{payload.body}}",
    description: "Authenticate with `X-Rapport-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with the automation's webhook secret>` or `X-Rapport-Secret: <secret>`.",
    body: z.record(z.string(), z.unknown()),
    responses: { 202: { description: "Run started", schema: z.object({ runId: z.uuid() }) }, 400: err("Malformed JSON"), 401: err("Wrong or missing signature"), 404: err("No active webhook automation with this id") },
  },
);
