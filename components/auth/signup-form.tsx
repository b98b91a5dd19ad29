"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText, type FailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { authMessages } from "./messages";

export function SignupForm({ signUp, minPasswordLength }: { signUp: (form: FormData) => Promise<ActionResult>; minPasswordLength: number }) {
  const t = useT(authMessages);
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<FailureText | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      const result = await signUp(form);
      if (!result.ok) {
        setFailure(failureText(result));
        return;
      }
      const signedIn = await signIn("credentials", { email: String(form.get("email")), password: String(form.get("password")), redirect: false });
      // The workspace exists either way; if signing in failed, the login page takes it from here.
      router.replace(signedIn?.ok && !signedIn.error ? "/board" : "/login");
      router.refresh();
    });
  }

  const fields = failure?.fields ?? {};
  const showSummary = failure && Object.keys(fields).length === 0;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {showSummary && <Alert>{failure.message}</Alert>}
      <Field name="tenantName" label={t("signup.tenantName")} placeholder={t("signup.tenantPlaceholder")} autoComplete="organization" required autoFocus maxLength={120} error={fields.tenantName} />
      <Field name="name" label={t("signup.name")} placeholder={t("signup.namePlaceholder")} autoComplete="name" required maxLength={120} error={fields.name} />
      <Field name="email" label={t("email")} type="email" placeholder={t("emailPlaceholder")} autoComplete="email" required dir="ltr" error={fields.email} />
      <Field
        name="password"
        label={t("password")}
        type="password"
        dir="ltr"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        error={fields.password}
        hint={t("signup.passwordHint", { min: minPasswordLength })}
      />
      <Button type="submit" pending={pending} className="w-full">
        {t("signup.submit")}
      </Button>
    </form>
  );
}
