import { useCallback } from "react";
import { translator } from "@/components/i18n/catalog";
import { isLocale, DEFAULT_LOCALE } from "@/components/i18n/locale";
import { useLocale } from "@/components/i18n/provider";
import { taskMessages } from "./messages";
import { TASK_TYPES } from "./types";

const KNOWN = new Set<string>(TASK_TYPES);

/** True for a task type code (CALL, FOLLOW_UP…). */
export const isTaskType = (value: unknown): value is (typeof TASK_TYPES)[number] => typeof value === "string" && KNOWN.has(value);

/**
 * A task type as a person reads it ("Follow-up", "Relance", "متابعة"): the one place that turns the codes
 * of document 003's enum into words, for every page (task lists, record pages, the deal page, timelines).
 * An unknown code is shown as it is.
 */
export function taskTypeLabel(type: string, locale: string): string {
  if (!isTaskType(type)) return type;
  return translator(taskMessages, isLocale(locale) ? locale : DEFAULT_LOCALE)(`type.${type}`);
}

/** In client components: `const typeLabel = useTaskTypeLabel(); typeLabel(task.type)`. */
export function useTaskTypeLabel(): (type: string) => string {
  const locale = useLocale();
  return useCallback((type: string) => taskTypeLabel(type, locale), [locale]);
}
