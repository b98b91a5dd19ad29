"use client";

import Link from "next/link";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { activityKeys } from "@/components/query/keys";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { dealMessages } from "./messages";

export type DealContactItem = { id: string; name: string; email: string | null; primary: boolean };
type Option = { id: string; name: string; email: string | null };
export type ContactActions = {
  attach: (dealId: string, contactId: string) => Promise<ActionResult>;
  detach: (dealId: string, contactId: string) => Promise<ActionResult>;
  search: (q: string) => Promise<ActionResult<{ contacts: Option[] }>>;
};

/** The deal's contacts (primary first), detach one, attach another found by name or email. */
export function DealContacts({ dealId, contacts, actions }: { dealId: string; contacts: DealContactItem[]; actions: ContactActions }) {
  const t = useT(dealMessages);
  const explain = useFailureSentence();
  const router = useRouter();
  const queryClient = useQueryClient();
  const listId = useId();
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<Option[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (q.trim().length < 2) return;
    let live = true;
    const timer = setTimeout(async () => {
      const result = await actions.search(q.trim());
      if (live) setOptions(result.ok ? result.contacts : []);
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, actions]);

  const run = (fn: () => Promise<ActionResult>) =>
    startTransition(async () => {
      setError(null);
      const result = await fn();
      if (!result.ok) return setError(explain(result));
      setQ("");
      setOptions(null);
      router.refresh();
      await queryClient.invalidateQueries({ queryKey: activityKeys.timeline("deal", dealId) });
    });

  const attached = new Set(contacts.map((c) => c.id));
  const shown = q.trim().length >= 2 ? (options ?? []).filter((o) => !attached.has(o.id)) : [];

  return (
    <div className="space-y-3">
      {contacts.length === 0 ? (
        <p className="text-[13px] text-slate-500">{t("noContacts")}</p>
      ) : (
        <ul className="space-y-2" data-testid="deal-contacts">
          {contacts.map((c) => (
            <li key={c.id} className="flex items-center gap-2.5">
              <Avatar name={c.name} seed={c.id} size="sm" />
              <div className="min-w-0 flex-1">
                <Link href={`/contacts/${c.id}`} className="block truncate text-[13px] font-medium text-slate-900 hover:underline">
                  {c.name}
                </Link>
                {c.email && <p className="truncate text-[12px] text-slate-500">{c.email}</p>}
              </div>
              {c.primary && <Badge tone="accent">{t("primary")}</Badge>}
              <Button size="sm" variant="ghost-danger" onClick={() => run(() => actions.detach(dealId, c.id))} aria-label={t("detach", { name: c.name })} disabled={pending}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative">
        <label htmlFor={`${listId}-q`} className="text-[12px] font-medium text-slate-500">
          {t("attach")}
        </label>
        <Input id={`${listId}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("attachSearch")} maxLength={200} className="mt-1" role="combobox" aria-expanded={shown.length > 0} aria-controls={listId} aria-autocomplete="list" />
        {q.trim().length >= 2 && options && (
          <ul id={listId} role="listbox" className="absolute inset-x-0 top-full z-10 mt-1 max-h-60 overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg">
            {shown.length === 0 ? (
              <li className="px-3 py-2 text-[13px] text-slate-500">{t("attachNone")}</li>
            ) : (
              shown.map((o) => (
                <li key={o.id} role="option" aria-selected={false}>
                  <button type="button" className="block w-full px-3 py-1.5 text-start text-[13px] hover:bg-slate-50 focus-visible:bg-slate-100 focus-visible:outline-none" onClick={() => run(() => actions.attach(dealId, o.id))}>
                    <span className="font-medium text-slate-900">{o.name}</span>
                    {o.email && <span className="text-slate-500"> · {o.email}</span>}
                  </button>
                </li>
              ))
            )}
          </ul>
        )}
      </div>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
