"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useId, useState, useTransition } from "react";
import { addNoteAction } from "@/app/actions/timeline";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { activityKeys } from "@/components/query/keys";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import type { EntityType } from "@/db/schema";
import { timelineMessages } from "./messages";

/** A note box above a timeline: the note becomes an entry of the record's timeline. */
export function NoteComposer({ entity, recordId }: { entity: EntityType; recordId: string }) {
  const t = useT(timelineMessages);
  const explain = useFailureSentence();
  const queryClient = useQueryClient();
  const id = useId();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = () =>
    startTransition(async () => {
      const result = await addNoteAction({ entity, recordId, note });
      if (!result.ok) {
        setError(explain(result, { note: t("noteLabel") }));
        return;
      }
      setNote("");
      setError(null);
      await queryClient.invalidateQueries({ queryKey: activityKeys.timeline(entity, recordId) });
    });

  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t("addNote")}
      </label>
      <textarea
        id={id}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey) && note.trim()) submit();
        }}
        rows={2}
        maxLength={10_000}
        placeholder={t("notePlaceholder")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full resize-y rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus-visible:border-indigo-500 focus-visible:outline-2 focus-visible:outline-indigo-500/30"
      />
      <FieldError id={`${id}-error`} message={error} />
      <div className="flex justify-end">
        <Button type="submit" size="sm" pending={pending} disabled={!note.trim()}>
          {pending ? t("noteSaving") : t("noteSave")}
        </Button>
      </div>
    </form>
  );
}
