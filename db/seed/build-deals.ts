import type { activities, dealContacts, deals, Stage } from "@/db/schema";
import { newId } from "@/lib/ids";
import type { SeedContext, SeededAccount } from "./build-customers";
import { addDays, isoDate, positionKey, type Rng } from "./prng";

/** How many deals sit in each stage of the Sales pipeline, in stage order: more in the early stages. */
const DEALS_PER_STAGE = [40, 32, 25, 16, 22, 15];

const TOPICS = [
  "CRM rollout", "Annual licence renewal", "Pilot project", "Support contract", "Data migration",
  "Multi-site deployment", "Premium plan upgrade", "Training package", "Consulting retainer",
  "Integration services", "Fleet expansion", "New branch equipment", "Q3 upgrade", "Framework agreement",
];

const LOSS_REASONS = [
  "Price too high", "Chose a competitor", "No budget this year", "Project postponed",
  "No response after the proposal", "Missing feature: offline mode",
];

const NEXT_STEPS = [
  "Send the revised proposal", "Book a demo with the operations team", "Confirm the budget with finance",
  "Schedule a call with the decision maker", "Share two customer references", "Prepare the contract draft",
];

const DESCRIPTIONS = [
  (n: number) => `Wants to replace spreadsheets with a shared pipeline for ${n} sales reps.`,
  (n: number) => `Rollout across ${n} sites, phased over two quarters.`,
  (n: number) => `Renewal with ${n} additional seats requested by the sales director.`,
  (n: number) => `Met at the trade show; ${n} users in the first phase.`,
];

export type SeededDeal = { id: string; accountId: string; primaryContactId: string; ownerId: string; open: boolean; accountName: string };

export type Deals = {
  deals: (typeof deals.$inferInsert)[];
  dealContacts: (typeof dealContacts.$inferInsert)[];
  activities: (typeof activities.$inferInsert)[];
  seededDeals: SeededDeal[];
};

/** 1,000 to 250,000, more small deals than big ones, rounded as a salesperson would quote them. */
function amount(rng: Rng): number {
  const raw = Math.exp(Math.log(1_000) + rng.next() * (Math.log(250_000) - Math.log(1_000)));
  const step = raw >= 20_000 ? 1_000 : raw >= 5_000 ? 500 : 100;
  return Math.min(250_000, Math.max(1_000, Math.round(raw / step) * step));
}

export function buildDeals(
  rng: Rng,
  ctx: SeedContext & { pipelineId: string; stages: readonly Stage[]; departmentIds: readonly string[] },
  accounts: readonly SeededAccount[],
): Deals {
  const out: Deals = { deals: [], dealContacts: [], activities: [], seededDeals: [] };
  const usedNames = new Set<string>();
  const columnSize = new Map<string, number>();
  const stageOrder = rng.shuffle(DEALS_PER_STAGE.flatMap((count, stageIndex) => Array<number>(count).fill(stageIndex)));

  for (const stageIndex of stageOrder) {
    const stage = ctx.stages[stageIndex]!;
    const account = rng.pick(accounts.filter((a) => a.contactIds.length > 0));
    let name = `${account.name} — ${rng.pick(TOPICS)}`;
    for (let n = 2; usedNames.has(name); n++) name = `${account.name} — ${rng.pick(TOPICS)}${n > 4 ? ` (${n})` : ""}`;
    usedNames.add(name);

    const currency = account.country.currency && rng.chance(0.6) ? account.country.currency : "EUR";
    const ownerId = rng.chance(0.7) ? account.ownerId : rng.weighted(ctx.owners);
    const [primaryContactId, second] = rng.shuffle(account.contactIds) as [string, ...string[]];

    let createdAt: Date, stageChangedAt: Date, closedAt: Date | null = null, expected: Date;
    if (stage.kind === "open") {
      createdAt = addDays(ctx.now, -rng.int(3, 120) - rng.next());
      stageChangedAt = stageIndex === 0 ? createdAt : new Date(createdAt.getTime() + rng.next() * (ctx.now.getTime() - createdAt.getTime()));
      expected = addDays(ctx.now, rng.weighted([[rng.int(-60, -1), 1], [rng.int(0, 30), 3], [rng.int(31, 120), 4]]));
    } else {
      closedAt = addDays(ctx.now, -rng.int(1, 44) - rng.next());
      createdAt = addDays(closedAt, -rng.int(10, 90) - rng.next());
      stageChangedAt = closedAt;
      expected = addDays(closedAt, rng.int(-15, 15));
    }

    const position = columnSize.get(stage.id) ?? 0;
    columnSize.set(stage.id, position + 1);
    const id = newId();
    out.deals.push({
      id,
      tenantId: ctx.tenantId,
      name,
      description: rng.chance(0.5) ? rng.pick(DESCRIPTIONS)(rng.int(3, 40)) : null,
      amount: String(amount(rng)),
      currency,
      probability: stage.probability,
      pipelineId: ctx.pipelineId,
      stageId: stage.id,
      status: stage.kind,
      position: positionKey(position),
      expectedCloseDate: isoDate(expected),
      closedAt,
      wonAt: stage.kind === "won" ? closedAt : null,
      lostAt: stage.kind === "lost" ? closedAt : null,
      lossReason: stage.kind === "lost" ? rng.pick(LOSS_REASONS) : null,
      nextSteps: stage.kind === "open" && rng.chance(0.6) ? rng.pick(NEXT_STEPS) : null,
      ownerId,
      primaryContactId,
      accountId: account.id,
      sourceId: rng.pick(ctx.sourceIds),
      franchiseId: ctx.franchiseId,
      departmentId: rng.pick(ctx.departmentIds),
      isQualified: stageIndex >= 1 && stage.kind !== "lost",
      stageChangedAt,
      createdAt,
      createdBy: ctx.adminId,
    });
    const link = { tenantId: ctx.tenantId, dealId: id, createdBy: ctx.adminId, createdAt };
    out.dealContacts.push({ ...link, contactId: primaryContactId });
    if (second && rng.chance(0.3)) out.dealContacts.push({ ...link, contactId: second });
    out.activities.push({ tenantId: ctx.tenantId, entity: "deal", recordId: id, action: "created", actorId: ownerId, via: "import", at: createdAt });
    out.seededDeals.push({ id, accountId: account.id, primaryContactId, ownerId, open: stage.kind === "open", accountName: account.name });
  }
  return out;
}
