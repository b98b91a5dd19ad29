import type { Metadata } from "next";
import { ApiKeyTable } from "@/components/api-keys/api-key-table";
import { NewApiKeyForm } from "@/components/api-keys/new-api-key-form";
import { apiKeyMessages } from "@/components/api-keys/messages";
import { getT } from "@/components/i18n/server";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { listApiKeys } from "@/lib/api-keys/list";
import { requirePageCtx } from "@/lib/auth/session";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(apiKeyMessages);
  return { title: t("meta") };
}

export default async function ApiKeysPage() {
  const ctx = await requirePageCtx();
  const keys = await listApiKeys({ ctx });
  const t = await getT(apiKeyMessages);
  const scope = ctx.role === "USER" ? t("list.scopeOwn") : t("list.scopeAll");

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t("new.title")} description={t("new.description")} />
        <CardBody>
          <NewApiKeyForm create={createApiKeyAction} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("list.title")} description={scope} />
        <ApiKeyTable keys={keys} currentUserId={ctx.userId} revoke={revokeApiKeyAction} />
      </Card>
    </div>
  );
}
