import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { safeCallbackUrl } from "@/components/auth/callback-url";
import { LoginForm } from "@/components/auth/login-form";
import { authMessages } from "@/components/auth/messages";
import { getT } from "@/components/i18n/server";
import { currentCtx } from "@/lib/auth/session";
import { signupAllowed } from "@/lib/tenants/create-workspace";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(authMessages);
  return { title: t("login.meta") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  // Already signed in: straight on.
  if (await currentCtx()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? params.error : null;
  const t = await getT(authMessages);

  return (
    <AuthCard
      title={t("login.title")}
      description={t("login.description")}
      footer={
        signupAllowed() ? (
          <>
            {t("login.new")}{" "}
            <Link href="/signup" className="font-medium text-indigo-600 hover:text-indigo-500">
              {t("login.createWorkspace")}
            </Link>
          </>
        ) : null
      }
    >
      <LoginForm callbackUrl={callbackUrl} initialError={error} />
    </AuthCard>
  );
}
