"use client";

import { useMemo } from "react";
import { useLocale, useT } from "@/components/i18n/provider";
import { queryBuilderMessages } from "@/components/query-builder/messages";
import { triggerRecordType } from "@/lib/automation/catalog";
import type { FieldInfo } from "@/lib/query/types";
import type { StepWords } from "./labels";

/** What nodeSummary / nodeLabel need to say a step in words, for the trigger's record type (canvas and run history alike). */
export function useStepWords(trigger: string, fields: Record<string, FieldInfo[]> | undefined): StepWords {
  const tq = useT(queryBuilderMessages);
  const locale = useLocale();
  const entity = triggerRecordType(trigger);
  const list = (entity && fields?.[entity]) || null;
  return useMemo(() => ({ fields: list ?? [], tq, locale }), [list, tq, locale]);
}
