"use client";

import { useCallback } from "react";
import { translator } from "@/components/i18n/catalog";
import type { Locale } from "@/components/i18n/locale";
import { useLocale } from "@/components/i18n/provider";
import { fieldMessage } from "@/components/ui/field";
import type { RuleRef } from "@/lib/errors";
import type { ActionFailure } from "./action-result";
import { formMessages } from "./messages";

/** A failure as a form shows it: one sentence, and a message per field, in the reader's language. */
export type FailureText = { message: string; fields: Record<string, string> };

/**
 * Translates a server action's failure: a business rule (`rule`, on the failure or on a field's issue) by
 * its catalog message and parameters, other field problems by their issue kind, the rest by the error code.
 * Without a rule, the server's own sentence is kept in English for forbidden/conflict/not-found (it names
 * what is in the way), and field checks without a neutral kind keep the server's words.
 */
export function describeFailure(failure: ActionFailure, locale: Locale): FailureText {
  const t = translator(formMessages, locale);
  const rule = (r: RuleRef) => t(`rule.${r.key}`, r.params);
  const fields: Record<string, string> = {};
  for (const [name, text] of Object.entries(failure.fields)) {
    const issue = failure.issues?.[name];
    fields[name] = !issue ? text : issue.kind === "rule" && issue.rule ? rule(issue.rule) : t(`issue.${issue.kind}`, issue.limit !== undefined ? { limit: issue.limit } : undefined);
  }
  if (failure.rule) return { message: rule(failure.rule), fields };
  const keepServer = locale === "en" && failure.code !== "validation" && failure.code !== "internal";
  return { message: keepServer ? failure.message : t(`code.${failure.code}`), fields };
}

/** The one sentence to show where a form has no room for field messages: the first field's problem, or the summary. */
export function failureSentence(text: FailureText, labels: Record<string, string> = {}): string {
  const [first] = Object.entries(text.fields);
  if (!first) return text.message;
  return fieldMessage(labels[first[0]] ?? "", first[1])?.trim() ?? text.message;
}

/**
 * In client components: `const failureText = useFailureText(); setFailure(failureText(result))`, or
 * `failureSentence(failureText(result))` for a single line.
 */
export function useFailureText(): (failure: ActionFailure) => FailureText {
  const locale = useLocale();
  return useCallback((failure: ActionFailure) => describeFailure(failure, locale), [locale]);
}

/** In client components with room for one line: `const explain = useFailureSentence(); setError(explain(result))`. */
export function useFailureSentence(): (failure: ActionFailure, labels?: Record<string, string>) => string {
  const locale = useLocale();
  return useCallback((failure: ActionFailure, labels?: Record<string, string>) => failureSentence(describeFailure(failure, locale), labels), [locale]);
}
