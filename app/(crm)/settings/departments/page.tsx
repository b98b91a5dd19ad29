import type { Metadata } from "next";
import { labelled } from "@/components/format/punctuation";
import { getLocale, getT } from "@/components/i18n/server";
import { DictionarySettings } from "@/components/settings/dictionary-settings";
import { settingsMessages } from "@/components/settings/messages";
import { OffsetPager } from "@/components/settings/pager";
import { requirePageCtx } from "@/lib/auth/session";
import { listDepartments } from "@/lib/org/departments";
import { listFranchises } from "@/lib/org/franchises";
import { listPipelines } from "@/lib/pipelines/list";
import { createDepartmentAction, deleteDepartmentAction, renameDepartmentAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(settingsMessages))("departments.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DepartmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requirePageCtx();
  const t = await getT(settingsMessages);
  const locale = await getLocale();
  const offset = Math.max(0, Number((await searchParams).offset) || 0);
  const [page, franchises, pipelines] = await Promise.all([
    listDepartments({ ctx, query: { limit: 100, offset } }),
    listFranchises({ ctx, query: { limit: 200 } }),
    listPipelines({ ctx, query: { limit: 200 } }),
  ]);
  const franchiseName = new Map(franchises.data.map((f) => [f.id, f.name]));
  const pipelineName = new Map(pipelines.data.map((p) => [p.id, p.name]));
  return (
    <DictionarySettings
      kind="departments"
      items={page.data.map((d) => ({
        id: d.id,
        name: d.name,
        detail:
          [
            d.franchiseId && labelled(t("departments.franchise"), franchiseName.get(d.franchiseId) ?? "—", locale),
            d.pipelineId && labelled(t("departments.pipeline"), pipelineName.get(d.pipelineId) ?? "—", locale),
          ]
            .filter(Boolean)
            .join(" · ") || null,
      }))}
      total={page.total}
      canEdit={ctx.role === "ADMIN"}
      readOnlyHint={t("readOnlyAdmin")}
      choices={[
        { name: "franchiseId", label: t("departments.franchise"), empty: t("departments.noFranchise"), options: franchises.data.map((f) => ({ value: f.id, label: f.name })) },
        { name: "pipelineId", label: t("departments.pipeline"), empty: t("departments.noPipeline"), options: pipelines.data.map((p) => ({ value: p.id, label: p.name })) },
      ]}
      actions={{ create: createDepartmentAction, rename: renameDepartmentAction, remove: deleteDepartmentAction }}
      pager={<OffsetPager total={page.total} limit={page.limit} offset={page.offset} label={t("departments.title")} />}
    />
  );
}
