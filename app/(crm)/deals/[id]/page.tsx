import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { DealContacts } from "@/components/deal/deal-contacts";
import { DealDetails } from "@/components/deal/deal-details";
import { dealStatusLabel } from "@/components/deal/deal-status";
import { DealTasks } from "@/components/deal/deal-tasks";
import { NewDealTask } from "@/components/deal/new-task";
import { dealMessages } from "@/components/deal/messages";
import { StagePath } from "@/components/deal/stage-path";
import { customColumns } from "@/components/records/custom-columns";
import { formatDate } from "@/components/format/date";
import { formatMoney } from "@/components/format/money";
import { getLocale, getT } from "@/components/i18n/server";
import { Timeline } from "@/components/timeline/timeline";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { listActivities } from "@/lib/activity/list";
import { getAccountView } from "@/lib/accounts/views";
import { listCustomFields } from "@/lib/custom-fields/list";
import { requirePageCtx } from "@/lib/auth/session";
import { orNotFound } from "@/lib/server/or-not-found";
import { getDeal } from "@/lib/deals/get";
import { activityPage } from "@/lib/http/serializers/activities";
import { listPipelineStages } from "@/lib/pipelines/stage-path";
import { listTasks } from "@/lib/tasks/list";
import { listOwnerChoices } from "@/lib/users/summaries";
import { attachContactAction, detachContactAction, moveDealAction, searchContactsAction, setTaskDoneAction, updateDealAction } from "../actions";

/** The deal of this request, read once for both the tab title and the page. */
const loadDeal = cache(async (id: string) => getDeal({ ctx: await requirePageCtx(), id }));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const deal = await loadDeal((await params).id).catch(() => null);
  return { title: deal?.name ?? (await getT(dealMessages))("notFoundTitle") };
}

const contactName = (c: { firstName: string | null; lastName: string | null; primaryEmail: string | null }) => [c.firstName, c.lastName].filter(Boolean).join(" ") || c.primaryEmail || "—";
const STATUS_TONE = { open: "accent", won: "success", lost: "danger" } as const;

export default async function DealPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx();
  const { id } = await params;
  const [t, locale] = [await getT(dealMessages), await getLocale()];
  const deal = await orNotFound(loadDeal(id));
  const [stages, users, tasks, timeline, account, fields] = await Promise.all([
    listPipelineStages({ ctx, pipelineId: deal.pipelineId }),
    listOwnerChoices({ ctx }),
    listTasks({ ctx, query: { dealId: id, limit: 100, sort: "dueAt" } }),
    listActivities({ ctx, query: { entity: "deal", recordId: id } }),
    deal.accountId ? getAccountView(ctx, deal.accountId).catch(() => null) : null,
    listCustomFields({ ctx, entity: "deal" }),
  ]);
  const amount = deal.amount === null ? null : Number(deal.amount);
  const closeDate = deal.closedAt ? deal.closedAt.toISOString() : deal.expectedCloseDate ? `${deal.expectedCloseDate}T00:00:00` : null;

  return (
    <div className="space-y-5">
      <nav className="flex gap-3 text-[13px]">
        <Link href="/deals" className="text-slate-500 hover:text-slate-900">
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{" "}
          {t("back")}
        </Link>
        <Link href={`/board?pipeline=${deal.pipelineId}`} className="text-slate-500 hover:text-slate-900">
          {t("board")}
        </Link>
      </nav>
      <header className="space-y-4 border-b border-slate-200 pb-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-xl font-semibold tracking-tight text-slate-900" data-testid="deal-title">
              {deal.name}
            </h1>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-[13px] text-slate-600">
              <Badge tone={STATUS_TONE[deal.status]}>{dealStatusLabel(deal.status, locale)}</Badge>
              {amount !== null && <span className="font-semibold tabular-nums text-slate-900">{formatMoney(amount, deal.currency, locale)}</span>}
              <span>{deal.pipeline.name}</span>
              {closeDate && (
                <span>
                  {deal.closedAt ? t("closedAt") : t("expectedCloseDate")}: {formatDate(closeDate, locale)}
                </span>
              )}
            </p>
          </div>
          {deal.owner && (
            <div className="flex items-center gap-2 text-[13px] text-slate-600">
              <Avatar name={deal.owner.name} seed={deal.owner.id} size="sm" />
              <span>
                <span className="sr-only">{t("owner")}: </span>
                {deal.owner.name}
              </span>
            </div>
          )}
        </div>
        <StagePath dealId={deal.id} dealName={deal.name} stages={stages} currentStageId={deal.stageId} move={moveDealAction} />
      </header>
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <Card>
            <CardHeader title={t("details")} />
            <CardBody>
              <DealDetails
                deal={{
                  id: deal.id,
                  name: deal.name,
                  amount,
                  currency: deal.currency,
                  probability: deal.probability,
                  expectedCloseDate: deal.expectedCloseDate,
                  ownerId: deal.ownerId,
                  nextSteps: deal.nextSteps,
                  description: deal.description,
                  lossReason: deal.lossReason,
                  customId: deal.customId,
                  status: deal.status,
                  customFields: deal.customFields,
                }}
                users={users}
                customColumns={customColumns(fields)}
                update={updateDealAction}
              />
            </CardBody>
          </Card>
          <Card>
            <CardBody>
              <Timeline entity="deal" recordId={deal.id} initial={activityPage(timeline)} />
            </CardBody>
          </Card>
        </div>
        <div className="space-y-5">
          <Card>
            <CardHeader title={t("contacts")} />
            <CardBody>
              <DealContacts
                dealId={deal.id}
                contacts={deal.contacts.map((c) => ({ id: c.id, name: contactName(c), email: c.primaryEmail, primary: c.id === deal.primaryContactId }))}
                actions={{ attach: attachContactAction, detach: detachContactAction, search: searchContactsAction }}
              />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("account")} />
            <CardBody>
              {account ? (
                <Link href={`/accounts/${account.id}`} className="text-[13px] font-medium text-slate-900 hover:underline">
                  {account.name}
                </Link>
              ) : (
                <p className="text-[13px] text-slate-500">{t("noAccount")}</p>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader
              title={t("tasks")}
              action={
                <NewDealTask
                  deal={{ id: deal.id, label: deal.name }}
                  contact={deal.primaryContact ? { id: deal.primaryContact.id, label: contactName(deal.primaryContact) } : null}
                  account={account ? { id: account.id, label: account.name } : null}
                />
              }
            />
            <CardBody>
              <DealTasks
                dealId={deal.id}
                tasks={tasks.data.map((task) => ({ id: task.id, title: task.title, type: task.type, dueAt: task.endAt?.toISOString() ?? null, done: task.completedAt !== null, assignee: task.assignee?.name ?? null }))}
                setDone={setTaskDoneAction}
              />
              <Link href={`/tasks/all?${new URLSearchParams({ deal: deal.id, status: "all" })}`} className="mt-3 inline-block text-[13px] font-medium text-indigo-700 hover:underline">
                {t("allTasks")}
              </Link>
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
