import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { safeCallbackUrl } from "@/components/auth/callback-url";
import { LoginForm } from "@/components/auth/login-form";
import { currentCtx } from "@/lib/auth/session";
import { signupAllowed } from "@/lib/tenants/create-workspace";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  // Already signed in: straight on.
  if (await currentCtx()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? params.error : null;

  return (
    <AuthCard
      title="Sign in to Rapport"
      description="Welcome back. Enter your work email and password."
      footer={
        signupAllowed() ? (
          <>
            New to Rapport?{" "}
            <Link href="/signup" className="font-medium text-indigo-600 hover:text-indigo-500">
              Create a workspace
            </Link>
          </>
        ) : null
      }
    >
      <LoginForm callbackUrl={callbackUrl} initialError={error} />
    </AuthCard>
  );
}
