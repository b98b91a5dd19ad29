"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { actionFailure, type ActionResult } from "@/components/forms/action-result";
import { LOCALE_COOKIE } from "@/components/i18n/locale";
import { currentCtx } from "@/lib/auth/session";
import { SetLocale, setLocale } from "@/lib/users/set-locale";
import { parseInput } from "@/lib/validation";

/** Switches the interface language: saved on the user when signed in, and in a cookie for the sign-in pages. */
export async function setLocaleAction(locale: string): Promise<ActionResult> {
  try {
    const input = parseInput(SetLocale, { locale });
    const ctx = await currentCtx();
    if (ctx) await setLocale({ ctx, input });
    (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    revalidatePath("/", "layout");
    return { ok: true };
  } catch (e) {
    return actionFailure(e, "set locale");
  }
}
