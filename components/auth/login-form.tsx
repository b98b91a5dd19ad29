"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useT } from "@/components/i18n/provider";
import { authMessages } from "./messages";

/** next-auth's error codes that have their own words. "RateLimited" is thrown by our authorize() on too many attempts. */
const KNOWN_ERRORS = ["CredentialsSignin", "RateLimited", "SessionRequired"] as const;
const errorKey = (code: string) =>
  (KNOWN_ERRORS as readonly string[]).includes(code) ? (`login.error.${code}` as `login.error.${(typeof KNOWN_ERRORS)[number]}`) : "login.error.default";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
  const t = useT(authMessages);
  const router = useRouter();
  const [error, setError] = useState<{ code: string } | null>(initialError ? { code: initialError } : null);
  const [pending, startTransition] = useTransition();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      let result;
      try {
        result = await signIn("credentials", { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), redirect: false });
      } catch {
        result = { error: "Unavailable", ok: false };
      }
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError({ code: result?.error ?? "Unavailable" });
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <Alert tone={error.code === "RateLimited" ? "warning" : "error"}>
          {t(errorKey(error.code))}
        </Alert>
      )}
      <Field name="email" label={t("email")} type="email" autoComplete="email" required autoFocus placeholder={t("emailPlaceholder")} dir="ltr" />
      <Field name="password" label={t("password")} type="password" autoComplete="current-password" required dir="ltr" />
      <Button type="submit" pending={pending} className="w-full">
        {t("login.submit")}
      </Button>
    </form>
  );
}
