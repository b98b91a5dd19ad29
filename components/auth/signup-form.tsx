"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/components/forms/action-result";

export function SignupForm({ signUp, minPasswordLength }: { signUp: (form: FormData) => Promise<ActionResult>; minPasswordLength: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<{ message: string; fields: Record<string, string> } | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      const result = await signUp(form);
      if (!result.ok) {
        setFailure({ message: result.message, fields: result.fields });
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
      <Field name="tenantName" label="Workspace name" placeholder="Acme Inc." autoComplete="organization" required autoFocus maxLength={120} error={fields.tenantName} />
      <Field name="name" label="Your name" placeholder="Ada Lovelace" autoComplete="name" required maxLength={120} error={fields.name} />
      <Field name="email" label="Email" type="email" placeholder="you@company.com" autoComplete="email" required error={fields.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        error={fields.password}
        hint={`At least ${minPasswordLength} characters, mixing letters with digits or symbols.`}
      />
      <Button type="submit" pending={pending} className="w-full">
        Create workspace
      </Button>
    </form>
  );
}
