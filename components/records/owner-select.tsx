"use client";

import { useState } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { FieldError } from "@/components/ui/field-error";
import { Select } from "@/components/ui/select";
import type { UserSummary } from "@/lib/users/summaries";
import { recordMessages } from "./messages";

/** The record's owner, changed in place. */
export function OwnerSelect({ value, users, currentUserId, save }: { value: string | null; users: UserSummary[]; currentUserId: string; save: (ownerId: string | null) => Promise<ActionResult> }) {
  const t = useT(recordMessages);
  const explain = useFailureSentence();
  const [current, setCurrent] = useState(value ?? "");
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Select
        aria-label={t("owner")}
        value={current}
        onChange={async (e) => {
          const previous = current;
          setCurrent(e.target.value);
          const result = await save(e.target.value || null);
          if (result.ok) setError(null);
          else {
            setCurrent(previous);
            setError(explain(result));
          }
        }}
        className="h-8 w-48 text-[13px]"
      >
        <option value="">{t("noOwner")}</option>
        {users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.id === currentUserId ? `${u.name} (${t("you")})` : u.name}
          </option>
        ))}
      </Select>
      <FieldError id="owner-error" message={error} />
    </div>
  );
}
