"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CheckIcon, CopyIcon } from "@/components/ui/icons";
import { useT } from "@/components/i18n/provider";
import { apiKeyMessages } from "./messages";

export type NewKey = { id: string; name: string; key: string; prefix: string; expiresAt: string | null };

/** Shows a freshly created key, the one time it exists outside its owner's hands. */
export function NewKeyDialog({ apiKey, onClose }: { apiKey: NewKey | null; onClose: () => void }) {
  const t = useT(apiKeyMessages);
  return (
    <Dialog
      open={apiKey !== null}
      onClose={onClose}
      dismissible={false}
      title={t("reveal.title")}
      description={apiKey ? t("reveal.description", { name: apiKey.name }) : undefined}
      footer={<Button onClick={onClose}>{t("reveal.done")}</Button>}
    >
      {apiKey && <KeyReveal apiKey={apiKey} />}
    </Dialog>
  );
}

function KeyReveal({ apiKey }: { apiKey: NewKey }) {
  const t = useT(apiKeyMessages);
  const [copied, setCopied] = useState<"key" | "curl" | null>(null);
  const curl = `curl -H "Authorization: Bearer ${apiKey.key}" ${window.location.origin}/api/me`;

  async function copy(text: string, what: "key" | "curl") {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
      setTimeout(() => setCopied((c) => (c === what ? null : c)), 2000);
    } catch {
      // No clipboard (insecure context, denied permission): the text stays selectable.
    }
  }

  return (
    <div className="space-y-4">
      <Alert tone="warning" title={t("reveal.warningTitle")}>
        {t("reveal.warning")}
      </Alert>
      <div>
        <p className="mb-1.5 text-[13px] font-medium text-slate-700" id="new-api-key-label">
          {t("reveal.key")}
        </p>
        <div className="flex items-stretch gap-2">
          <code
            data-testid="new-api-key"
            aria-labelledby="new-api-key-label"
            className="min-w-0 flex-1 select-all break-all rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-xs leading-relaxed text-slate-900"
          >
            {apiKey.key}
          </code>
          <Button variant="secondary" onClick={() => copy(apiKey.key, "key")} className="h-auto" aria-label={t("reveal.copyKey")}>
            {copied === "key" ? <CheckIcon className="size-4 text-emerald-600" /> : <CopyIcon className="size-4" />}
            {copied === "key" ? t("reveal.copied") : t("reveal.copy")}
          </Button>
        </div>
      </div>
      <div>
        <div className="mb-1.5 flex items-center justify-between">
          <p className="text-[13px] font-medium text-slate-700">{t("reveal.try")}</p>
          <button type="button" onClick={() => copy(curl, "curl")} className="rounded text-xs font-medium text-indigo-600 hover:text-indigo-500">
            {copied === "curl" ? t("reveal.copied") : t("reveal.copyCommand")}
          </button>
        </div>
        <pre className="whitespace-pre-wrap break-all rounded-lg bg-slate-900 px-3 py-2.5 font-mono text-xs leading-relaxed text-slate-100" dir="ltr">
          {curl}
        </pre>
      </div>
    </div>
  );
}
