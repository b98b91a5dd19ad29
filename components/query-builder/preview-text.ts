import { formatDateTime } from "@/components/format/date";
import { formatMoney } from "@/components/format/money";
import type { Translator } from "@/components/i18n/catalog";
import type { PreviewDetail } from "@/lib/query/export";
import type { EntityName } from "@/lib/query/types";
import type { queryBuilderMessages } from "./messages";

type T = Translator<(typeof queryBuilderMessages)["en"]>;

/** "151 matching deals", "151 affaires correspondantes", "١٥١ صفقة مطابقة": the count names what it counts. */
export const previewCountText = (t: T, entity: EntityName, count: number) => t(`previewCount_${entity}`, { count });

/** "No deal matches this filter." */
export const previewEmptyText = (t: T, entity: EntityName) => t(`previewEmpty_${entity}`);

/** A preview row's detail for the reader: the amount in its currency, the due date, the place, the email. */
export function previewDetailText(detail: PreviewDetail, t: T, locale: string): string {
  switch (detail.kind) {
    case "amount":
      return formatMoney(detail.amount, detail.currency, locale);
    case "due":
      return t("previewDue", { date: formatDateTime(detail.at, locale) });
    case "place":
      // "Lyon, France", "الرباط، المغرب": a place is not a list (Intl.ListFormat would say "Rabat and Morocco" in Arabic).
      return detail.city && detail.country ? t("previewPlace", { city: detail.city, country: detail.country }) : (detail.city ?? detail.country ?? "");
    case "email":
      return detail.email;
  }
}
