"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { LossReasonDialog } from "@/components/board/loss-dialog";
import type { MoveAction } from "@/components/board/board-view";
import { useFailureSentence } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { activityKeys, dealKeys } from "@/components/query/keys";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import type { PathStage } from "@/lib/pipelines/stage-path";
import { dealMessages } from "./messages";

/**
 * The deal's stages in order, the current one highlighted and the ones before it filled: a click on
 * another stage moves the deal there (through the same verb as the board); a lost stage asks why.
 */
export function StagePath({ dealId, dealName, stages, currentStageId, move }: { dealId: string; dealName: string; stages: PathStage[]; currentStageId: string; move: MoveAction }) {
  const t = useT(dealMessages);
  const explain = useFailureSentence();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [optimistic, setOptimistic] = useState<string | null>(null);
  const [asking, setAsking] = useState<PathStage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const current = optimistic ?? currentStageId;
  const currentIndex = stages.findIndex((s) => s.id === current);

  const go = (stage: PathStage, lossReason?: string) =>
    startTransition(async () => {
      setError(null);
      setOptimistic(stage.id);
      const result = await move(dealId, { stageId: stage.id, afterId: null, ...(lossReason ? { lossReason } : {}) });
      if (!result.ok) setError(t("moveFailed", { reason: explain(result) }));
      setOptimistic(null);
      router.refresh();
      await Promise.all([queryClient.invalidateQueries({ queryKey: activityKeys.timeline("deal", dealId) }), queryClient.invalidateQueries({ queryKey: dealKeys.boards() })]);
    });

  return (
    <div className="space-y-2">
      <ol aria-label={t("stagePath")} className="relative flex w-full overflow-x-auto rounded-lg ring-1 ring-slate-200" data-testid="stage-path">
        {stages.map((stage, i) => {
          const isCurrent = stage.id === current;
          const done = i < currentIndex;
          const tone = isCurrent ? (stage.kind === "won" ? "bg-emerald-600 text-white" : stage.kind === "lost" ? "bg-red-600 text-white" : "bg-indigo-600 text-white") : done ? "bg-indigo-50 text-indigo-800" : "bg-white text-slate-600 hover:bg-slate-50";
          return (
            <li key={stage.id} className="min-w-24 flex-1 border-e border-slate-200 last:border-e-0">
              <button
                type="button"
                disabled={pending || isCurrent}
                aria-current={isCurrent ? "step" : undefined}
                aria-label={isCurrent ? t("currentStage", { stage: stage.name }) : t("moveTo", { stage: stage.name })}
                onClick={() => (stage.kind === "lost" ? setAsking(stage) : go(stage))}
                className={cn("flex h-9 w-full items-center justify-center gap-1.5 px-2 text-[12px] font-medium transition-colors focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500 disabled:cursor-default", tone)}
              >
                <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ backgroundColor: stage.color }} />
                <span className="truncate">{stage.name}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {error && <Alert>{error}</Alert>}
      <LossReasonDialog
        key={asking?.id ?? "none"}
        open={!!asking}
        dealName={dealName}
        onCancel={() => setAsking(null)}
        onConfirm={(reason) => {
          if (asking) go(asking, reason);
          setAsking(null);
        }}
      />
    </div>
  );
}
