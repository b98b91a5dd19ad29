"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/components/forms/action-result";
import { formatMoney } from "@/components/format/money";
import { useLocale, useT } from "@/components/i18n/provider";
import { activityKeys, dealKeys } from "@/components/query/keys";
import { CustomFieldDetails } from "@/components/records/custom-values";
import type { CustomColumn } from "@/components/records/custom-columns";
import { EditableField, type EditValue } from "@/components/records/inline-edit";
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
  customFields: Record<string, unknown>;
};

export type UpdateDealAction = (id: string, input: Record<string, unknown>) => Promise<ActionResult>;

const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD", "MAD", "AED", "SAR", "TND", "DZD", "EGP", "QAR"];

/** Every field of the deal, custom fields included, each editable in place; a save refreshes the page and its timeline. */
export function DealDetails({ deal, users, customColumns, update }: { deal: DealFields; users: { id: string; name: string }[]; customColumns: CustomColumn[]; update: UpdateDealAction }) {
  const t = useT(dealMessages);
  const locale = useLocale();
  const router = useRouter();
  const queryClient = useQueryClient();
  const saveInput = async (input: Record<string, unknown>) => {
    const result = await update(deal.id, input);
    if (result.ok) {
      router.refresh();
      await Promise.all([queryClient.invalidateQueries({ queryKey: activityKeys.timeline("deal", deal.id) }), queryClient.invalidateQueries({ queryKey: dealKeys.boards() })]);
    }
    return result;
  };
  const save = (field: string, transform: (v: EditValue) => unknown = (v) => v) => (value: EditValue) => saveInput({ [field]: transform(value) });
  const currencies = CURRENCIES.includes(deal.currency) ? CURRENCIES : [deal.currency, ...CURRENCIES];

  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      <EditableField testId="field-name" name="name" label={t("name")} value={deal.name} save={save("name", (v) => v ?? "")} maxLength={255} />
      <EditableField
        testId="field-amount"
        name="amount"
        label={t("amount")}
        type="number"
        value={deal.amount === null ? null : String(deal.amount)}
        display={deal.amount === null ? undefined : formatMoney(deal.amount, deal.currency, locale)}
        save={save("amount")}
      />
      <EditableField name="currency" label={t("currency")} type="select" required value={deal.currency} options={currencies.map((c) => ({ value: c, label: c }))} save={save("currency")} />
      <EditableField name="probability" label={t("probability")} type="number" value={deal.probability === null ? null : String(deal.probability)} save={save("probability")} />
      <EditableField testId="field-close-date" name="expected_close_date" label={t("expectedCloseDate")} type="date" value={deal.expectedCloseDate} save={save("expected_close_date")} />
      <EditableField
        testId="field-owner"
        name="assigned_to"
        label={t("owner")}
        type="select"
        value={deal.ownerId}
        options={users.map((u) => ({ value: u.id, label: u.name }))}
        save={save("assigned_to")}
      />
      <EditableField testId="field-next-steps" className="sm:col-span-2" name="next_steps" label={t("nextSteps")} type="textarea" value={deal.nextSteps} save={save("next_steps")} maxLength={2000} />
      <EditableField className="sm:col-span-2" name="description" label={t("description")} type="textarea" value={deal.description} save={save("description")} maxLength={10_000} />
      {deal.status === "lost" && (
        <EditableField testId="field-loss-reason" className="sm:col-span-2" name="loss_reason_description" label={t("lossReason")} type="textarea" value={deal.lossReason} save={save("loss_reason_description")} maxLength={2000} />
      )}
      <EditableField name="custom_id" label={t("customId")} value={deal.customId} save={save("custom_id")} maxLength={255} />
      <CustomFieldDetails columns={customColumns} values={deal.customFields} save={saveInput} field="custom_fields" />
    </dl>
  );
}
