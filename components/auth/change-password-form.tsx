"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText, type FailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { authMessages } from "./messages";

type Change = (input: { currentPassword: string; newPassword: string }) => Promise<ActionResult>;

export function ChangePasswordForm({ change, minPasswordLength }: { change: Change; minPasswordLength: number }) {
  const t = useT(authMessages);
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [failure, setFailure] = useState<FailureText | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") };
    if (input.newPassword !== String(form.get("confirmPassword") ?? "")) {
      setFailure({ message: "", fields: { confirmPassword: t("change.mismatch") } });
      return;
    }
    start(async () => {
      const result = await change(input);
      if (!result.ok) return setFailure(failureText(result));
      router.replace("/board");
      router.refresh();
    });
  }

  const fields = failure?.fields ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={t("change.title")}>
      {failure && failure.message && Object.keys(fields).length === 0 && <Alert>{failure.message}</Alert>}
      <Field name="currentPassword" label={t("change.current")} type="password" autoComplete="current-password" required autoFocus dir="ltr" error={fields.currentPassword} />
      <Field
        name="newPassword"
        label={t("change.new")}
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        dir="ltr"
        error={fields.newPassword}
        hint={t("signup.passwordHint", { min: minPasswordLength })}
      />
      <Field name="confirmPassword" label={t("change.confirm")} type="password" autoComplete="new-password" required dir="ltr" error={fields.confirmPassword} />
      <Button type="submit" pending={pending} className="w-full">
        {t("change.submit")}
      </Button>
      <Button variant="ghost" className="w-full" onClick={() => void signOut({ callbackUrl: "/login" })}>
        {t("change.signOut")}
      </Button>
    </form>
  );
}
