"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon } from "@/components/ui/icons";

/** A page of the app failed to render: keep the shell, say so, offer to try again. */
export default function CrmError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;

  return (
    <Card>
      <EmptyState
        icon={<AlertIcon />}
        title="Something went wrong"
        description={
          <>
            This page could not be loaded. It may be a hiccup: try again, and if it keeps happening, tell your administrator
            {digest ? (
              <>
                {" "}
                (error reference <code className="font-mono text-slate-700">{digest}</code>)
              </>
            ) : null}
            .
          </>
        }
        action={<Button onClick={() => retry()}>Try again</Button>}
      />
    </Card>
  );
}
