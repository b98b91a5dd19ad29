"use client";

import { useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import type { UserSummary } from "@/lib/users/summaries";
import { recordMessages } from "./messages";

/** A further action on the selection (complete, reopen…): its button, its verb, and what to say when done. */
export type BulkAction = { key: string; label: string; run: (ids: string[]) => Promise<ActionResult<{ count: number }>>; done: (count: number) => string };

type Props = {
  ids: string[];
  /** Further actions, shown before "Assign". */
  extra?: BulkAction[];
  /** The label of the assign select ("Assign owner"; "Assign to" for tasks). */
  assignLabel?: string;
  users: UserSummary[];
  currentUserId: string;
  assign: (ids: string[], ownerId: string | null) => Promise<ActionResult<{ count: number }>>;
  remove: (ids: string[]) => Promise<ActionResult<{ count: number }>>;
  deleteTitle: string;
  deleteBody: string;
  /** What to say after an assign or a delete, naming what was changed ("3 tasks assigned.", "2 contacts deleted."). */
  doneText: (kind: "assign" | "delete", count: number) => string;
  onDone: (message: string) => void;
  onError: (message: string) => void;
  onClear: () => void;
};

const NO_OWNER = "__none__";

/** What can be done to the selected rows: assign an owner, delete (after a confirmation). */
export function BulkBar({ ids, extra = [], assignLabel, users, currentUserId, assign, remove, deleteTitle, deleteBody, doneText, onDone, onError, onClear }: Props) {
  const t = useT(recordMessages);
  const explain = useFailureSentence();
  const [owner, setOwner] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<string | null>(null);

  async function runExtra(action: BulkAction) {
    setPending(action.key);
    const result = await action.run(ids);
    setPending(null);
    if (result.ok) onDone(action.done(result.count));
    else onError(explain(result));
  }

  async function run(kind: "assign" | "delete") {
    setPending(kind);
    const result = kind === "assign" ? await assign(ids, owner === NO_OWNER ? null : owner) : await remove(ids);
    setPending(null);
    setConfirming(false);
    if (result.ok) {
      setOwner("");
      onDone(doneText(kind, result.count));
    } else onError(explain(result));
  }

  return (
    <div role="region" aria-label={t("selected", { count: ids.length })} className="flex flex-wrap items-center gap-2 rounded-lg border border-indigo-200 bg-indigo-50/60 px-3 py-2 text-[13px]">
      <span className="font-medium text-indigo-900">{t("selected", { count: ids.length })}</span>
      <Button size="sm" variant="ghost" onClick={onClear}>
        {t("clearSelection")}
      </Button>
      <span className="ms-auto flex flex-wrap items-center gap-2">
        {extra.map((action) => (
          <Button key={action.key} size="sm" variant="secondary" pending={pending === action.key} onClick={() => runExtra(action)}>
            {action.label}
          </Button>
        ))}
        <Select aria-label={assignLabel ?? t("assignOwner")} value={owner} onChange={(e) => setOwner(e.target.value)} className="h-8 w-44 text-[13px]">
          <option value="">{t("assignTo")}</option>
          <option value={NO_OWNER}>{t("noOwner")}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.id === currentUserId ? `${u.name} (${t("you")})` : u.name}
            </option>
          ))}
        </Select>
        <Button size="sm" variant="secondary" disabled={!owner} pending={pending === "assign"} onClick={() => run("assign")}>
          {t("assign")}
        </Button>
        <Button size="sm" variant="ghost-danger" onClick={() => setConfirming(true)}>
          {t("delete")}
        </Button>
      </span>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={deleteTitle}
        description={deleteBody}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
            <Button variant="danger" pending={pending === "delete"} onClick={() => run("delete")}>
              {t("delete")}
            </Button>
          </>
        }
      />
    </div>
  );
}
