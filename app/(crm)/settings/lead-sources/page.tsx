import type { Metadata } from "next";
import { getT } from "@/components/i18n/server";
import { DictionarySettings } from "@/components/settings/dictionary-settings";
import { settingsMessages } from "@/components/settings/messages";
import { OffsetPager } from "@/components/settings/pager";
import { isManager } from "@/lib/auth/permissions";
import { requirePageCtx } from "@/lib/auth/session";
import { listLeadSources } from "@/lib/org/lead-sources";
import { createLeadSourceAction, deleteLeadSourceAction, renameLeadSourceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(settingsMessages))("leadSources.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LeadSourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requirePageCtx();
  const t = await getT(settingsMessages);
  const offset = Math.max(0, Number((await searchParams).offset) || 0);
  const page = await listLeadSources({ ctx, query: { limit: 100, offset } });
  return (
    <DictionarySettings
      kind="leadSources"
      items={page.data.map((s) => ({ id: s.id, name: s.name }))}
      total={page.total}
      canEdit={isManager(ctx)}
      readOnlyHint={t("readOnly")}
      actions={{ create: createLeadSourceAction, rename: renameLeadSourceAction, remove: deleteLeadSourceAction }}
      pager={<OffsetPager total={page.total} limit={page.limit} offset={page.offset} label={t("leadSources.title")} />}
    />
  );
}
