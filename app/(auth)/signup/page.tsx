import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignupForm } from "@/components/auth/signup-form";
import { Alert } from "@/components/ui/alert";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { signupAllowed } from "@/lib/tenants/create-workspace";
import { signUpAction } from "./actions";

export const metadata: Metadata = { title: "Create a workspace" };

const signInLink = (
  <>
    Already have an account?{" "}
    <Link href="/login" className="font-medium text-indigo-600 hover:text-indigo-500">
      Sign in
    </Link>
  </>
);

export default async function SignupPage() {
  // Whether sign-up is open is read from the environment of the running server, not of the build.
  await connection();
  if (!signupAllowed()) {
    return (
      <AuthCard title="Sign-up is closed" footer={signInLink}>
        <Alert tone="info">This Rapport server doesn&apos;t accept new workspaces. Ask your administrator to invite you.</Alert>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Create your workspace" description="Set up Rapport for your team. You'll be its admin." footer={signInLink}>
      <SignupForm signUp={signUpAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </AuthCard>
  );
}
