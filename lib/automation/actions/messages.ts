import { createHmac } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { emailOutbox, tasks, users } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import { emitEvent } from "@/lib/events/emit";
import type { ACTION_CONFIGS } from "../graph";
import { renderTemplate } from "../record";
import { PermanentError, type ActionArgs } from "./types";

type Cfg<K extends keyof typeof ACTION_CONFIGS> = z.infer<(typeof ACTION_CONFIGS)[K]>;

/** create_task: a task linked to the record, assigned to its owner or a named user, due in N hours/days. */
export async function createTask({ tx, ctx, config, record, vars, dryRun }: ActionArgs<Cfg<"create_task">>) {
  const title = renderTemplate(config.title, vars).slice(0, 255) || "Task";
  const hours = (config.dueInHours ?? 0) + (config.dueInDays ?? 0) * 24;
  const endAt = config.dueInHours === undefined && config.dueInDays === undefined ? null : new Date(Date.now() + hours * 3_600_000);
  const assigneeId = config.assignee === "owner" ? (record?.ownerId ?? null) : config.assignee;
  if (assigneeId) {
    const [u] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, assigneeId), eq(users.tenantId, ctx.tenantId), sql`not ${users.isDeleted}`));
    if (!u) throw new PermanentError(`assignee ${assigneeId} does not exist`);
  }
  const links = {
    dealId: record?.type === "deal" ? record.id : record?.type === "task" ? ((record.fields.dealId as string | null) ?? null) : null,
    contactId: record?.type === "contact" ? record.id : record?.type === "deal" ? ((record.fields.primaryContactId as string | null) ?? null) : null,
    accountId: record?.type === "account" ? record.id : record?.type === "deal" ? ((record.fields.accountId as string | null) ?? null) : null,
  };
  const note = config.note ? renderTemplate(config.note, vars) : null;
  if (dryRun) return { wouldCreate: { title, type: config.type, assigneeId, endAt: endAt?.toISOString() ?? null, ...links } };
  const [task] = await tx
    .insert(tasks)
    .values({ tenantId: ctx.tenantId, type: config.type, title, note, endAt, assigneeId, ...links, createdBy: ctx.userId })
    .returning({ id: tasks.id });
  await recordActivity(tx, ctx, { entity: "task", recordId: task!.id, action: "created" });
  if (record && record.type !== "task") await recordActivity(tx, ctx, { entity: record.type, recordId: record.id, action: "task_created", note: title, changes: { taskId: { from: null, to: task!.id } } });
  await emitEvent(tx, ctx, { name: "task.created", record: { type: "task", id: task!.id } });
  return { taskId: task!.id, title, assigneeId, endAt: endAt?.toISOString() ?? null };
}

/** HMAC-SHA256 of the exact body, hex, as sent in X-Rapport-Signature (`sha256=<hex>`). */
export const signBody = (secret: string, body: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

/**
 * send_webhook: POSTs JSON signed with HMAC-SHA256. A non-2xx answer or a timeout throws, so the step
 * is retried with back-off (config.retries) and then fails the run. The Idempotency-Key header lets
 * the receiver drop a repeat if a worker died after sending.
 */
export async function sendWebhook({ config, record, vars, automation, runId, nodeId, dryRun }: ActionArgs<Cfg<"send_webhook">>) {
  const body = JSON.stringify({
    event: vars.event ?? null,
    automation: { id: automation.id, name: automation.name },
    runId,
    record: record ? { type: record.type, id: record.id, ...record.vars[record.type] } : null,
    sentAt: new Date().toISOString(),
  });
  const headers: Record<string, string> = {
    ...config.headers,
    "content-type": "application/json",
    "user-agent": "Rapport-Automations/1",
    "x-rapport-signature": signBody(config.secret || automation.webhookSecret, body),
    "idempotency-key": `${runId}:${nodeId}`,
  };
  if (dryRun) return { wouldPost: config.url, bytes: body.length };
  const started = Date.now();
  let res: Response;
  try {
    res = await fetch(config.url, { method: "POST", headers, body, signal: AbortSignal.timeout(config.timeoutMs), redirect: "manual" });
  } catch (e) {
    throw new Error(`POST ${config.url} failed: ${e instanceof Error && e.name === "TimeoutError" ? `no answer within ${config.timeoutMs} ms` : String((e as Error)?.message ?? e)}`);
  }
  const text = (await res.text().catch(() => "")).slice(0, 1000);
  if (!res.ok) throw new Error(`POST ${config.url} answered ${res.status}: ${text.slice(0, 200)}`);
  return { status: res.status, ms: Date.now() - started, response: text };
}

/** send_email: into the outbox (sent by the SMTP transport when configured) and onto the record's timeline. */
export async function sendEmail({ tx, ctx, config, record, vars, runId, dryRun }: ActionArgs<Cfg<"send_email">>) {
  const to = renderTemplate(config.to, vars).trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)) throw new PermanentError(`"${to}" is not an email address`);
  const subject = renderTemplate(config.subject, vars).slice(0, 255);
  const body = renderTemplate(config.body, vars);
  if (dryRun) return { wouldEmail: { to, subject } };
  const [row] = await tx
    .insert(emailOutbox)
    .values({ tenantId: ctx.tenantId, runId, recordType: record?.type ?? null, recordId: record?.id ?? null, to, subject, body })
    .returning({ id: emailOutbox.id });
  if (record) await recordActivity(tx, ctx, { entity: record.type, recordId: record.id, action: "email_queued", note: `${subject} → ${to}`, changes: { emailId: { from: null, to: row!.id } } });
  return { emailId: row!.id, to, subject };
}
