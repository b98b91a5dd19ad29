import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { authMessages } from "@/components/auth/messages";
import { getT } from "@/components/i18n/server";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { currentCtx } from "@/lib/auth/session";
import { changePasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(authMessages);
  return { title: t("change.meta") };
}

/** Where a person signed in with a temporary password lands until they choose their own (anyone may use it). */
export default async function ChangePasswordPage() {
  const ctx = await currentCtx();
  if (!ctx) redirect("/login?callbackUrl=/change-password");
  const t = await getT(authMessages);
  return (
    <AuthCard title={ctx.mustChangePassword ? t("change.title") : t("change.voluntary")} description={ctx.mustChangePassword ? t("change.description") : undefined}>
      <ChangePasswordForm change={changePasswordAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </AuthCard>
  );
}
