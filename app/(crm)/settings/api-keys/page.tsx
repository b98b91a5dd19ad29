import type { Metadata } from "next";
import { ApiKeyTable } from "@/components/api-keys/api-key-table";
import { NewApiKeyForm } from "@/components/api-keys/new-api-key-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { listApiKeys } from "@/lib/api-keys/list";
import { requirePageCtx } from "@/lib/auth/session";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const ctx = await requirePageCtx();
  const keys = await listApiKeys({ ctx });
  const scope = ctx.role === "USER" ? "Your keys." : "Every key of the workspace; a key acts as the person who created it.";

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="New API key" description="A key lets a script or an integration use the Rapport API with your permissions." />
        <CardBody>
          <NewApiKeyForm create={createApiKeyAction} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="API keys" description={scope} />
        <ApiKeyTable keys={keys} currentUserId={ctx.userId} revoke={revokeApiKeyAction} />
      </Card>
    </div>
  );
}
