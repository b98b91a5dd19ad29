"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** next-auth's error codes, in words. "RateLimited" is thrown by our authorize() on too many attempts. */
export function signInErrorMessage(code: string): string {
  switch (code) {
    case "CredentialsSignin":
      return "Wrong email or password. Check them and try again.";
    case "RateLimited":
      return "Too many sign-in attempts. Wait a few minutes before trying again.";
    case "SessionRequired":
      return "Please sign in to continue.";
    default:
      return "We couldn't sign you in. Please try again.";
  }
}

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | null }) {
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
          {signInErrorMessage(error.code)}
        </Alert>
      )}
      <Field name="email" label="Email" type="email" autoComplete="email" required autoFocus placeholder="you@company.com" />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required />
      <Button type="submit" pending={pending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
