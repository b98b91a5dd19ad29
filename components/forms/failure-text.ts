"use client";

import { useCallback } from "react";
import { translator } from "@/components/i18n/catalog";
import type { Locale } from "@/components/i18n/locale";
import { useLocale } from "@/components/i18n/provider";
import type { ActionFailure } from "./action-result";
import { formMessages } from "./messages";

/** A failure as a form shows it: one sentence, and a message per field, in the reader's language. */
export type FailureText = { message: string; fields: Record<string, string> };

/**
 * Translates a server action's failure by its code and its fields' issue kinds. In English the server's own
 * sentence is kept for forbidden/conflict/not-found (it names what is in the way); field checks without a
 * neutral kind (business rules such as "no such franchise") keep the server's words in every language.
 */
export function describeFailure(failure: ActionFailure, locale: Locale): FailureText {
  const t = translator(formMessages, locale);
  const fields: Record<string, string> = {};
  for (const [name, text] of Object.entries(failure.fields)) {
    const issue = failure.issues?.[name];
    fields[name] = issue ? t(`issue.${issue.kind}`, issue.limit !== undefined ? { limit: issue.limit } : undefined) : text;
  }
  const keepServer = locale === "en" && failure.code !== "validation" && failure.code !== "internal";
  return { message: keepServer ? failure.message : t(`code.${failure.code}`), fields };
}

/** In client components: `const failureText = useFailureText(); setFailure(failureText(result))`. */
export function useFailureText(): (failure: ActionFailure) => FailureText {
  const locale = useLocale();
  return useCallback((failure: ActionFailure) => describeFailure(failure, locale), [locale]);
}
