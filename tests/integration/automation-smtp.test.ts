import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { createAccount } from "@/lib/accounts/create";
import { engineSettings } from "@/lib/automation/engine";
import { deliverQueuedEmails, mailSettings } from "@/lib/automation/mailer";
import { drainJobs } from "@/lib/automation/worker";
import { newWorkspace, type TestUser } from "../helpers";
import { createAutomation } from "./automation-fixtures";

/** send_email: the outbox always; a real SMTP server when RAPPORT_SMTP_URL is set (a local one here). */

type Received = { from: string; to: string[]; raw: string };
let admin: TestUser;
let server: SMTPServer;
let port: number;
const received: Received[] = [];
let refuse = false;

const node = (id: string, type: string, data: unknown, y = 0) => ({ id, type, position: { x: 0, y }, data });
const outboxOf = (tenantId: string) => db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, tenantId));

beforeAll(async () => {
  engineSettings.backoffMs = 20;
  admin = await newWorkspace("Mail");
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (refuse) return cb(Object.assign(new Error("5.1.1 No such mailbox"), { responseCode: 550 }));
      cb();
    },
    onData(stream, session, cb) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
      stream.on("end", () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
  await createAutomation(admin, {
    name: "Welcome mail",
    automationTrigger: "account.created",
    isActive: true,
    nodes: [
      node("t", "trigger", { trigger: "account.created" }),
      node("m", "action", { action: "send_email", config: { to: "{{account.primaryEmail}}", subject: "Welcome {{account.name}}", body: "Hello {{account.name}}, your owner is {{owner.name}}." } }, 100),
    ],
    edges: [{ id: "e", source: "t", target: "m" }],
  });
});
afterEach(() => {
  delete process.env.RAPPORT_SMTP_URL;
  delete process.env.RAPPORT_SMTP_FROM;
  refuse = false;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("send_email delivery", () => {
  it("without SMTP the email stays queued in the outbox", async () => {
    await createAccount({ ctx: admin.ctx, input: { name: "Quiet Ltd", primaryEmail: "quiet@example.test" } });
    await drainJobs();
    expect(await deliverQueuedEmails()).toBe(0);
    const rows = (await outboxOf(admin.ctx.tenantId)).filter((r) => r.to === "quiet@example.test");
    expect(rows).toMatchObject([{ status: "queued", subject: "Welcome Quiet Ltd", sentAt: null }]);
    expect(received).toHaveLength(0);
  });

  it("with RAPPORT_SMTP_URL the queued emails go out through the server, once, and are marked sent", async () => {
    process.env.RAPPORT_SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.RAPPORT_SMTP_FROM = "CRM <crm@example.test>";
    await createAccount({ ctx: admin.ctx, input: { name: "Loud SA", primaryEmail: "loud@example.test" } });
    await drainJobs();
    expect(await deliverQueuedEmails()).toBe(2); // this one and the one queued while SMTP was off
    expect(await deliverQueuedEmails()).toBe(0);
    expect(received.map((m) => m.to[0]).sort()).toEqual(["loud@example.test", "quiet@example.test"]);
    const loud = received.find((m) => m.to[0] === "loud@example.test")!;
    expect(loud.from).toBe("crm@example.test");
    expect(loud.raw).toMatch(/Subject: Welcome Loud SA/);
    expect(loud.raw).toMatch(/Hello Loud SA, your owner is/);
    const rows = await outboxOf(admin.ctx.tenantId);
    expect(rows.every((r) => r.status === "sent" && r.sentAt instanceof Date)).toBe(true);
    expect(loud.raw).toContain(`Message-ID: <${rows.find((r) => r.to === "loud@example.test")!.id}@rapport>`);
  });

  it("a permanent refusal (5xx) fails the email with the server's answer; an unreachable server leaves it queued", async () => {
    process.env.RAPPORT_SMTP_URL = `smtp://127.0.0.1:${port}`;
    refuse = true;
    await createAccount({ ctx: admin.ctx, input: { name: "Gone GmbH", primaryEmail: "gone@example.test" } });
    await drainJobs();
    await deliverQueuedEmails();
    const [gone] = (await outboxOf(admin.ctx.tenantId)).filter((r) => r.to === "gone@example.test");
    expect(gone).toMatchObject({ status: "failed", sentAt: null });
    expect(gone!.error).toMatch(/No such mailbox/);

    process.env.RAPPORT_SMTP_URL = "smtp://127.0.0.1:1";
    await createAccount({ ctx: admin.ctx, input: { name: "Later BV", primaryEmail: "later@example.test" } });
    await drainJobs();
    expect(await deliverQueuedEmails()).toBe(0);
    const [later] = (await outboxOf(admin.ctx.tenantId)).filter((r) => r.to === "later@example.test");
    expect(later).toMatchObject({ status: "queued", sentAt: null });
    expect(later!.error).toBeTruthy();
    // Not retried before retryMs has passed.
    mailSettings.retryMs = 60_000;
    process.env.RAPPORT_SMTP_URL = `smtp://127.0.0.1:${port}`;
    refuse = false;
    expect(await deliverQueuedEmails()).toBe(0);
    mailSettings.retryMs = 0;
    expect(await deliverQueuedEmails()).toBe(1);
    expect(received.some((m) => m.to[0] === "later@example.test")).toBe(true);
  });
});
