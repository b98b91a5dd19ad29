import type { Metadata } from "next";
import { getT } from "@/components/i18n/server";
import { settingsMessages } from "@/components/settings/messages";
import { PipelineSettings } from "@/components/settings/pipeline-settings";
import { requirePageCtx } from "@/lib/auth/session";
import { isManager } from "@/lib/auth/permissions";
import { restPipeline } from "@/lib/http/serializers/rest-settings";
import { listPipelines } from "@/lib/pipelines/list";
import * as actions from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(settingsMessages))("pipelines.title") };
}

export default async function PipelinesPage() {
  const ctx = await requirePageCtx();
  const page = await listPipelines({ ctx, query: { limit: 200 } });
  return <PipelineSettings pipelines={page.data.map(restPipeline)} canEdit={isManager(ctx)} actions={actions} />;
}
