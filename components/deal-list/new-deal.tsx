"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { QuickAdd, type QuickAddAction } from "@/components/board/quick-add";
import { useT } from "@/components/i18n/provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { PlusIcon } from "@/components/ui/icons";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { StageOption } from "@/lib/pipelines/stage-path";
import { dealListMessages } from "./messages";

/** "New deal": the board's quick add (name, amount, contact by email) with a choice of stage. */
export function NewDealButton({ stages, create }: { stages: StageOption[]; create: QuickAddAction }) {
  const t = useT(dealListMessages);
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [stageId, setStageId] = useState(stages[0]?.id ?? "");
  const stage = stages.find((s) => s.id === stageId);
  const pipelines = [...new Map(stages.map((s) => [s.pipelineId, s.pipelineName])).entries()];
  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={!stage}>
        <PlusIcon className="size-4" />
        {t("newDeal")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("newDeal")}>
        <div className="space-y-3 pb-5">
          <div>
            <Label htmlFor="new-deal-stage">{t("stageLabel")}</Label>
            <NativeSelect id="new-deal-stage" value={stageId} onChange={(e) => setStageId(e.target.value)} className="mt-1.5 w-full">
              {pipelines.map(([pid, pname]) => (
                <optgroup key={pid} label={pname}>
                  {stages
                    .filter((s) => s.pipelineId === pid)
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </NativeSelect>
          </div>
          {stage && (
            <QuickAdd
              key={stage.id}
              stage={stage}
              pipelineId={stage.pipelineId}
              create={create}
              onClose={() => setOpen(false)}
              onCreated={() => {
                setOpen(false);
                router.refresh();
              }}
            />
          )}
        </div>
      </Dialog>
    </>
  );
}
