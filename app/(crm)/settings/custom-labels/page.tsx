import type { Metadata } from "next";
import { getT } from "@/components/i18n/server";
import { CustomLabelSettings } from "@/components/settings/custom-label-settings";
import { settingsMessages } from "@/components/settings/messages";
import { requirePageCtx } from "@/lib/auth/session";
import { listCustomLabels } from "@/lib/custom-labels/list";
import { coneCustomLabel } from "@/lib/http/serializers/cone-settings";
import { createLabelAction, deleteLabelAction, updateLabelAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(settingsMessages))("labels.title") };
}

export default async function CustomLabelsPage() {
  const ctx = await requirePageCtx();
  const labels = (await listCustomLabels({ ctx })).map(coneCustomLabel);
  return <CustomLabelSettings labels={labels} canEdit={ctx.role === "ADMIN"} actions={{ createLabelAction, deleteLabelAction, updateLabelAction }} />;
}
