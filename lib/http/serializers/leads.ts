import { z } from "zod";
import type { Deal } from "@/db/schema";
import { VERTICAL_BOOL, VERTICAL_DATE, VERTICAL_INT, VERTICAL_KEYS, VERTICAL_TEXT, type VerticalKey } from "@/lib/deals/lead-schemas";
import { Audit } from "@/lib/http/openapi/schemas";

/**
 * Document 003's Lead (Connection + Lead fields) over the one deal table: camelCase, id-only
 * `{id}` references, BaseRecord's audit fields. The vertical fields come back as they were given
 * (null when never set; counters 0 and flags false where the document types them as non-nullable).
 */
const Ref = z.object({ id: z.uuid() }).nullable();
const str = z.string().nullable();
const ref = (id: string | null) => (id ? { id } : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

const outputs = <K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) => Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>;
const vertical = {
  ...outputs(VERTICAL_TEXT, str),
  ...outputs(VERTICAL_BOOL, z.boolean().nullable()),
  ...outputs(VERTICAL_DATE, str),
  ...outputs(VERTICAL_INT, z.number().int().nullable()),
};

export const ConeLead = z.object({
  id: z.uuid(),
  subject: z.string(),
  description: str,
  status: z.object({ name: z.enum(["open", "won", "lost"]) }),
  source: Ref,
  contact: Ref,
  account: Ref,
  franchise: Ref,
  department: Ref,
  stage: Ref,
  pipeline: Ref,
  assignees: z.array(z.object({ id: z.uuid() })),
  dueDate: str,
  isQualified: z.boolean(),
  priority: z.number().int().nullable(),
  category: str,
  amount: str,
  currency: z.string(),
  dateFirstModified: str,
  firstModifiedBy: Ref,
  firstOpenDate: str,
  firstOpenBy: Ref,
  connectionClosedDate: str,
  connectionClosedBy: Ref,
  lostDate: str,
  lostBy: Ref,
  soldDate: str,
  soldBy: Ref,
  thirdPartyIds: z.array(z.unknown()),
  creditAssessments: z.array(Ref),
  incentives: z.array(Ref),
  packages: z.array(Ref),
  surveys: z.array(Ref),
  ...vertical,
  visitCount: z.number().int(),
  presaleVisitCount: z.number().int(),
  postsaleVisitCount: z.number().int(),
  isTakeOver: z.boolean(),
  isWalkAroundDone: z.boolean(),
  customerInitiated: z.boolean(),
  ...Audit,
});
export type ConeLead = z.infer<typeof ConeLead>;

const NOT_NULL_DEFAULTS: Record<string, unknown> = { visitCount: 0, presaleVisitCount: 0, postsaleVisitCount: 0, isTakeOver: false, isWalkAroundDone: false, customerInitiated: false };

export function coneLead(d: Deal): ConeLead {
  const v = d.vertical ?? {};
  const verticalOut = Object.fromEntries(VERTICAL_KEYS.map((k) => [k, v[k] ?? NOT_NULL_DEFAULTS[k] ?? null]));
  return {
    id: d.id,
    subject: d.name,
    description: d.description,
    status: { name: d.status },
    source: ref(d.sourceId),
    contact: ref(d.primaryContactId),
    account: ref(d.accountId),
    franchise: ref(d.franchiseId),
    department: ref(d.departmentId),
    stage: ref(d.stageId),
    pipeline: ref(d.pipelineId),
    assignees: d.ownerId ? [{ id: d.ownerId }] : [],
    dueDate: d.expectedCloseDate ? `${d.expectedCloseDate}T00:00:00.000Z` : null,
    isQualified: d.isQualified,
    priority: d.priority,
    category: d.category,
    amount: d.amount,
    currency: d.currency,
    dateFirstModified: null,
    firstModifiedBy: null,
    firstOpenDate: null,
    firstOpenBy: null,
    connectionClosedDate: iso(d.closedAt),
    connectionClosedBy: null,
    lostDate: iso(d.lostAt),
    lostBy: null,
    soldDate: iso(d.wonAt),
    soldBy: null,
    thirdPartyIds: [],
    creditAssessments: [],
    incentives: [],
    packages: [],
    surveys: [],
    ...(verticalOut as Pick<ConeLead, VerticalKey>),
    dateCreated: d.createdAt.toISOString(),
    createdBy: ref(d.createdBy),
    dateModified: iso(d.modifiedAt),
    modifiedBy: ref(d.modifiedBy),
    isDeleted: d.isDeleted,
    dateDeleted: iso(d.deletedAt),
    deletedBy: ref(d.deletedBy),
  };
}
