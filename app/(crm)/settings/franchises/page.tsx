import type { Metadata } from "next";
import { getT } from "@/components/i18n/server";
import { DictionarySettings } from "@/components/settings/dictionary-settings";
import { settingsMessages } from "@/components/settings/messages";
import { OffsetPager } from "@/components/settings/pager";
import { requirePageCtx } from "@/lib/auth/session";
import { listFranchises } from "@/lib/org/franchises";
import { createFranchiseAction, deleteFranchiseAction, renameFranchiseAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(settingsMessages))("franchises.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function FranchisesPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requirePageCtx();
  const t = await getT(settingsMessages);
  const offset = Math.max(0, Number((await searchParams).offset) || 0);
  const page = await listFranchises({ ctx, query: { limit: 100, offset } });
  return (
    <DictionarySettings
      kind="franchises"
      items={page.data.map((f) => ({ id: f.id, name: f.name, detail: f.code ? `${t("franchises.code")} ${f.code}` : null }))}
      total={page.total}
      canEdit={ctx.role === "ADMIN"}
      readOnlyHint={t("readOnlyAdmin")}
      actions={{ create: createFranchiseAction, rename: renameFranchiseAction, remove: deleteFranchiseAction }}
      pager={<OffsetPager total={page.total} limit={page.limit} offset={page.offset} label={t("franchises.title")} />}
    />
  );
}
