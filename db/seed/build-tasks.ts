import type { TaskType, tasks } from "@/db/schema";
import { newId } from "@/lib/ids";
import type { SeedContext, SeededContact } from "./build-customers";
import type { SeededDeal } from "./build-deals";
import { addDays, dayAt, type Rng } from "./prng";

const TASK_COUNT = 100;

/** Title templates by type: {who} is the contact's first name, {account} the company. */
const TITLES: Record<TaskType, readonly string[]> = {
  CALL: ["Call {who} about the proposal", "Call {who} to confirm the budget", "Call {who} back about pricing"],
  MEETING: ["Meeting with {who} at {account}", "Demo for {account}", "Contract review with {who}"],
  SMS: ["Text {who} the meeting details", "Send {who} a reminder about tomorrow"],
  FOLLOW_UP: ["Follow up with {who} on the quote", "Follow up on the {account} pilot", "Check in with {who} after the demo"],
  REMINDER: ["Send {account} the contract", "Renewal date for {account} is coming up"],
  LINKEDIN_MESSAGE: ["Connect with {who} on LinkedIn", "Congratulate {who} on the new role"],
  DM: ["Message {who} about the pilot", "Reply to {who} on WhatsApp"],
  OTHER: ["Prepare pricing for {account}", "Update the {account} account plan"],
};

const TYPE_WEIGHTS: readonly (readonly [TaskType, number])[] = [
  ["CALL", 30], ["MEETING", 18], ["FOLLOW_UP", 20], ["SMS", 6], ["REMINDER", 8], ["LINKEDIN_MESSAGE", 6], ["DM", 5], ["OTHER", 7],
];

const NOTES = ["Bring the updated price list.", "They asked for a discount on 3-year terms.", "Loop in the manager if needed.", null, null];

/**
 * Tasks due from ten days ago to twenty days ahead: some overdue, a few today, most upcoming; the
 * past ones are mostly done.
 */
export function buildTasks(
  rng: Rng,
  ctx: SeedContext,
  deals: readonly SeededDeal[],
  contactsById: ReadonlyMap<string, SeededContact>,
): (typeof tasks.$inferInsert)[] {
  const openDeals = deals.filter((d) => d.open);
  const rows: (typeof tasks.$inferInsert)[] = [];
  for (let i = 0; i < TASK_COUNT; i++) {
    const deal = rng.chance(0.85) ? rng.pick(openDeals) : rng.pick(deals);
    const type = rng.weighted(TYPE_WEIGHTS);
    const who = contactsById.get(deal.primaryContactId)?.firstName ?? "the customer";
    const title = rng.pick(TITLES[type]).replace("{who}", who).replace("{account}", deal.accountName);

    const day = rng.weighted([[rng.int(-10, -1), 30], [0, 12], [rng.int(1, 20), 58]]);
    const endAt = dayAt(ctx.now, day, rng.int(8, 17), rng.pick([0, 15, 30, 45]));
    const startAt = type === "MEETING" || type === "CALL" ? new Date(endAt.getTime() - rng.pick([15, 30, 60]) * 60_000) : null;
    const assigneeId = rng.chance(0.75) ? deal.ownerId : rng.weighted(ctx.owners);
    const done = rng.chance(day < 0 ? 0.85 : day === 0 ? 0.4 : 0.05);
    const latest = Math.min(ctx.now.getTime(), endAt.getTime() + 2 * 3_600_000);
    const completedAt = done ? new Date(latest - rng.int(5, 600) * 60_000) : null;
    const createdAt = new Date(Math.min(addDays(endAt, -rng.int(1, 14)).getTime(), ctx.now.getTime() - 3_600_000, completedAt?.getTime() ?? Infinity));

    rows.push({
      id: newId(),
      tenantId: ctx.tenantId,
      type,
      title,
      note: rng.pick(NOTES),
      startAt,
      endAt,
      completedAt,
      completedBy: done ? assigneeId : null,
      assigneeId,
      contactId: deal.primaryContactId,
      accountId: deal.accountId,
      dealId: deal.id,
      createdAt,
      createdBy: ctx.adminId,
    });
  }
  return rows;
}
