"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/components/forms/action-result";
import { formatDate } from "@/components/format/date";
import { formatMoney } from "@/components/format/money";
import { useLocale, useT } from "@/components/i18n/provider";
import { activityKeys, dealKeys } from "@/components/query/keys";
import { InlineField } from "./inline-field";
import { dealMessages } from "./messages";

export type DealFields = {
  id: string;
  name: string;
  amount: number | null;
  currency: string;
  probability: number | null;
  expectedCloseDate: string | null;
  ownerId: string | null;
  nextSteps: string | null;
  description: string | null;
  lossReason: string | null;
  customId: string | null;
  status: "open" | "won" | "lost";
};

export type UpdateDealAction = (id: string, input: Record<string, unknown>) => Promise<ActionResult>;

const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD", "MAD", "AED", "SAR", "TND", "DZD", "EGP", "QAR"];

/** Every field of the deal, each editable in place; a save refreshes the page and its timeline. */
export function DealDetails({ deal, users, update }: { deal: DealFields; users: { id: string; name: string }[]; update: UpdateDealAction }) {
  const t = useT(dealMessages);
  const locale = useLocale();
  const router = useRouter();
  const queryClient = useQueryClient();
  const save = (field: string, transform: (v: string) => unknown = (v) => v) => async (value: string) => {
    const result = await update(deal.id, { [field]: transform(value) });
    if (result.ok) {
      router.refresh();
      await Promise.all([queryClient.invalidateQueries({ queryKey: activityKeys.timeline("deal", deal.id) }), queryClient.invalidateQueries({ queryKey: dealKeys.boards() })]);
    }
    return result;
  };
  const orNull = (v: string) => (v.trim() === "" ? null : v);
  const currencies = CURRENCIES.includes(deal.currency) ? CURRENCIES : [deal.currency, ...CURRENCIES];

  return (
    <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
      <InlineField testId="field-name" label={t("name")} value={deal.name} onSave={save("name")} maxLength={255} />
      <InlineField
        testId="field-amount"
        label={t("amount")}
        kind="number"
        value={deal.amount === null ? "" : String(deal.amount)}
        display={deal.amount === null ? undefined : formatMoney(deal.amount, deal.currency, locale)}
        onSave={save("amount", (v) => (v.trim() === "" ? null : v.trim().replace(",", ".")))}
      />
      <InlineField label={t("currency")} kind="select" value={deal.currency} options={currencies.map((c) => ({ value: c, label: c }))} onSave={save("currency")} />
      <InlineField label={t("probability")} kind="number" value={deal.probability === null ? "" : String(deal.probability)} onSave={save("probability", (v) => v.trim())} />
      <InlineField
        testId="field-close-date"
        label={t("expectedCloseDate")}
        kind="date"
        value={deal.expectedCloseDate ?? ""}
        display={deal.expectedCloseDate ? formatDate(`${deal.expectedCloseDate}T00:00:00`, locale) : undefined}
        onSave={save("expected_close_date", orNull)}
      />
      <InlineField
        testId="field-owner"
        label={t("owner")}
        kind="select"
        value={deal.ownerId ?? ""}
        display={users.find((u) => u.id === deal.ownerId)?.name}
        options={[{ value: "", label: t("noOwner") }, ...users.map((u) => ({ value: u.id, label: u.name }))]}
        onSave={save("assigned_to", orNull)}
      />
      <div className="sm:col-span-2">
        <InlineField testId="field-next-steps" label={t("nextSteps")} kind="textarea" value={deal.nextSteps ?? ""} onSave={save("next_steps", orNull)} maxLength={2000} />
      </div>
      <div className="sm:col-span-2">
        <InlineField label={t("description")} kind="textarea" value={deal.description ?? ""} onSave={save("description", orNull)} maxLength={10_000} />
      </div>
      {deal.status === "lost" && (
        <div className="sm:col-span-2">
          <InlineField testId="field-loss-reason" label={t("lossReason")} kind="textarea" value={deal.lossReason ?? ""} onSave={save("loss_reason_description", orNull)} maxLength={2000} />
        </div>
      )}
      <InlineField label={t("customId")} value={deal.customId ?? ""} onSave={save("custom_id", orNull)} maxLength={255} />
    </dl>
  );
}
