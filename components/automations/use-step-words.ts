"use client";

import { useMemo } from "react";
import { useLocale, useT } from "@/components/i18n/provider";
import { localizeFields } from "@/components/query-builder/field-labels";
import { queryBuilderMessages } from "@/components/query-builder/messages";
import { triggerRecordType } from "@/lib/automation/catalog";
import type { FieldInfo } from "@/lib/query/types";
import type { StepWords } from "./labels";

/** What nodeSummary / nodeLabel need to say a step in words, for the trigger's record type (canvas and run history alike), with translated field labels. */
export function useStepWords(trigger: string, fields: Record<string, FieldInfo[]> | undefined): StepWords {
  const tq = useT(queryBuilderMessages);
  const locale = useLocale();
  const entity = triggerRecordType(trigger);
  const list = (entity && fields?.[entity]) || null;
  return useMemo(() => ({ fields: list ? localizeFields(list, locale) : [], tq, locale }), [list, tq, locale]);
}
