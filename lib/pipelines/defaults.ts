import type { DealStatus } from "@/db/schema";

export type StageTemplate = { name: string; key: string; color: string; probability: number; kind: DealStatus };

/** The stages of a new workspace's "Sales" pipeline. */
export const DEFAULT_STAGES: StageTemplate[] = [
  { name: "New lead", key: "new_lead", color: "#3b82f6", probability: 10, kind: "open" },
  { name: "Qualified", key: "qualified", color: "#06b6d4", probability: 25, kind: "open" },
  { name: "Proposal", key: "proposal", color: "#8b5cf6", probability: 50, kind: "open" },
  { name: "Negotiation", key: "negotiation", color: "#f59e0b", probability: 75, kind: "open" },
  { name: "Closed won", key: "closed_won", color: "#22c55e", probability: 100, kind: "won" },
  { name: "Closed lost", key: "closed_lost", color: "#ef4444", probability: 0, kind: "lost" },
];
