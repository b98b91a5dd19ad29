import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AuthCard } from "@/components/auth/auth-card";
import { authMessages } from "@/components/auth/messages";
import { SignupForm } from "@/components/auth/signup-form";
import { getT } from "@/components/i18n/server";
import { Alert } from "@/components/ui/alert";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { signupAllowed } from "@/lib/tenants/create-workspace";
import { signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(authMessages);
  return { title: t("signup.meta") };
}

export default async function SignupPage() {
  // Whether sign-up is open is read from the environment of the running server, not of the build.
  await connection();
  const t = await getT(authMessages);
  const signInLink = (
    <>
      {t("signup.haveAccount")}{" "}
      <Link href="/login" className="font-medium text-indigo-600 hover:text-indigo-500">
        {t("signup.signIn")}
      </Link>
    </>
  );
  if (!signupAllowed()) {
    return (
      <AuthCard title={t("signup.closedTitle")} footer={signInLink}>
        <Alert tone="info">{t("signup.closed")}</Alert>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("signup.title")} description={t("signup.description")} footer={signInLink}>
      <SignupForm signUp={signUpAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </AuthCard>
  );
}
