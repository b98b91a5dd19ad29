import type { Metadata } from "next";
import { getT } from "@/components/i18n/server";
import { CustomFieldSettings } from "@/components/settings/custom-field-settings";
import { settingsMessages } from "@/components/settings/messages";
import { requirePageCtx } from "@/lib/auth/session";
import { listCustomFields } from "@/lib/custom-fields/list";
import { coneCustomField } from "@/lib/http/serializers/cone-settings";
import { createFieldAction, deleteFieldAction, updateFieldAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(settingsMessages))("fields.title") };
}

export default async function CustomFieldsPage() {
  const ctx = await requirePageCtx();
  const fields = (await listCustomFields({ ctx })).map(coneCustomField);
  return <CustomFieldSettings fields={fields} canEdit={ctx.role === "ADMIN"} actions={{ createFieldAction, deleteFieldAction, updateFieldAction }} />;
}
