import { and, asc, eq, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";

/**
 * SMTP delivery of the email outbox. send_email always writes to `email_outbox` (inside the run's
 * transaction); when `RAPPORT_SMTP_URL` is set, the worker's mail loop sends queued rows through that
 * server and marks them `sent` (or `failed` with the server's answer). Without it the outbox is where
 * mail stays, for an integration to pick up.
 *
 * Environment (README, configuration):
 * - `RAPPORT_SMTP_URL`: `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`;
 * - `RAPPORT_SMTP_FROM`: the From address (default `Rapport <no-reply@localhost>`).
 *
 * Delivery is at least once: a worker that dies between the server's acceptance and the commit sends
 * that email again; the Message-ID is stable (`<outbox id@rapport>`), so receivers can drop the repeat.
 * A permanent refusal (5xx) fails the email; anything else leaves it queued and it is retried on the
 * next pass, after `retryMs`.
 */

export const mailSettings = { batch: 20, retryMs: 60_000 };

let cached: { url: string; transport: Transporter } | null = null;

/** The SMTP transport, or null when SMTP is not configured. */
export function smtpTransport(): Transporter | null {
  const url = process.env.RAPPORT_SMTP_URL?.trim();
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

const fromAddress = () => process.env.RAPPORT_SMTP_FROM?.trim() || "Rapport <no-reply@localhost>";

/**
 * Sends up to `batch` queued emails (oldest first; rows locked with SKIP LOCKED so that several workers
 * share the outbox). Returns how many were sent; 0 without SMTP.
 */
export async function deliverQueuedEmails(batch = mailSettings.batch): Promise<number> {
  const transport = smtpTransport();
  if (!transport) return 0;
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, "queued"), sql`(${emailOutbox.error} is null or ${emailOutbox.createdAt} < now() - make_interval(secs => ${mailSettings.retryMs / 1000}))`))
      .orderBy(asc(emailOutbox.createdAt))
      .limit(batch)
      .for("update", { skipLocked: true });
    let sent = 0;
    for (const row of rows) {
      try {
        await transport.sendMail({ from: fromAddress(), to: row.to, subject: row.subject, text: row.body, messageId: `<${row.id}@rapport>` });
        await tx.update(emailOutbox).set({ status: "sent", sentAt: new Date(), error: null }).where(eq(emailOutbox.id, row.id));
        sent++;
      } catch (e) {
        const err = e as { responseCode?: number; message?: string };
        const permanent = typeof err.responseCode === "number" && err.responseCode >= 500;
        const message = String(err.message ?? e).slice(0, 1000);
        // A temporary problem: keep it queued, and retry it after retryMs (createdAt moves forward).
        await tx
          .update(emailOutbox)
          .set(permanent ? { status: "failed", error: message } : { error: message, createdAt: sql`now()` })
          .where(eq(emailOutbox.id, row.id));
      }
    }
    return sent;
  });
}
