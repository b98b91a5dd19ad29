"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon } from "@/components/ui/icons";
import { useT } from "@/components/i18n/provider";
import { pageMessages } from "@/components/shell/page-messages";

/** A page of the app failed to render: keep the shell, say so, offer to try again. */
export default function CrmError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT(pageMessages);
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;

  return (
    <Card>
      <EmptyState
        icon={<AlertIcon />}
        title={t("error.title")}
        description={
          <>
            {t("error.description")}
            {digest ? <span className="mt-1 block font-mono text-[12px] text-slate-500">{t("error.reference", { digest })}</span> : null}
          </>
        }
        action={<Button onClick={() => retry()}>{t("error.retry")}</Button>}
      />
    </Card>
  );
}
