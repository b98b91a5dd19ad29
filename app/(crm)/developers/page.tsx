import type { Metadata } from "next";
import { ApiReference } from "@/components/api-reference/api-reference";
import { apiReferenceMessages } from "@/components/api-reference/messages";
import { getT } from "@/components/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCtx } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(apiReferenceMessages))("title") };
}

/** The API reference, rendered from GET /api/openapi.json (the one description of the API). */
export default async function DevelopersPage() {
  await requirePageCtx();
  const t = await getT(apiReferenceMessages);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <ApiReference />
    </div>
  );
}
