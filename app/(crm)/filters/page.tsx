import type { Metadata } from "next";
import type { RuleGroupType } from "react-querybuilder";
import { FilterWorkspace, type SavedFilterItem } from "@/components/query-builder/filter-workspace";
import { queryBuilderMessages } from "@/components/query-builder/messages";
import { getT } from "@/components/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { isManager } from "@/lib/auth/permissions";
import { requirePageCtx } from "@/lib/auth/session";
import { describeFields, ENTITIES, parseEntity } from "@/lib/query";
import { listSavedFilters } from "@/lib/saved-filters/list";

export const metadata: Metadata = { title: "Filters" };

type SearchParams = Promise<{ entity?: string; filter?: string }>;

export default async function FiltersPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requirePageCtx();
  const t = await getT(queryBuilderMessages);
  const params = await searchParams;
  const filters: SavedFilterItem[] = (await listSavedFilters({ ctx })).map((f) => ({
    id: f.id,
    name: f.name,
    module: f.module,
    isPrivate: f.isPrivate,
    ownerId: f.ownerId,
    ownerName: f.ownerName,
    query: f.query as unknown as RuleGroupType,
  }));
  const selected = (params.filter && filters.find((f) => f.id === params.filter)) || null;
  const entity = selected?.module ?? parseEntity(params.entity) ?? "contact";
  const fields = await describeFields(ctx, entity);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <FilterWorkspace
        key={selected?.id ?? entity}
        entity={entity}
        entities={ENTITIES}
        fields={fields}
        filters={filters}
        selected={selected}
        userId={ctx.userId}
        isManager={isManager(ctx)}
      />
    </div>
  );
}
