"use client";

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { BoardIcon, PlusIcon } from "@/components/ui/icons";
import type { RestPipeline, RestStage } from "@/lib/http/serializers/rest-settings";
import type { z } from "zod";
import { ConfirmButton } from "./confirm-dialog";
import { settingsMessages } from "./messages";
import { StageDialog, type StageInput } from "./stage-dialog";

type Pipeline = z.infer<typeof RestPipeline>;
type Stage = z.infer<typeof RestStage>;
type Actions = {
  createPipelineAction: (input: { name: string }) => Promise<ActionResult>;
  updatePipelineAction: (id: string, input: { name?: string; isDefault?: boolean }) => Promise<ActionResult>;
  deletePipelineAction: (id: string) => Promise<ActionResult>;
  createStageAction: (pipelineId: string, input: StageInput) => Promise<ActionResult>;
  updateStageAction: (pipelineId: string, id: string, input: StageInput) => Promise<ActionResult>;
  deleteStageAction: (pipelineId: string, id: string) => Promise<ActionResult>;
  reorderStagesAction: (pipelineId: string, ids: string[]) => Promise<ActionResult>;
};

const KIND_TONE = { open: "neutral", won: "success", lost: "danger" } as const;

function GripIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-4" fill="currentColor" aria-hidden="true">
      {[6, 12, 18].flatMap((y) => [9, 15].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r={1.5} />))}
    </svg>
  );
}

function StageRow({ stage, canEdit, onEdit, actions, pipelineId }: { stage: Stage; canEdit: boolean; onEdit: () => void; actions: Actions; pipelineId: string }) {
  const t = useT(settingsMessages);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: stage.id, disabled: !canEdit });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="stage-row"
      data-dragging={isDragging ? "true" : undefined}
      className={`flex items-center gap-3 border-b border-slate-100 bg-white px-3 py-2.5 last:border-b-0 ${isDragging ? "relative z-10 shadow-md" : ""}`}
    >
      {canEdit && (
        <button
          ref={setActivatorNodeRef}
          type="button"
          aria-label={t("stages.drag", { name: stage.name })}
          className="flex size-7 cursor-grab touch-none items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-indigo-500"
          {...attributes}
          {...listeners}
        >
          <GripIcon />
        </button>
      )}
      <span className="size-3 shrink-0 rounded-full ring-1 ring-black/10" style={{ backgroundColor: stage.color }} aria-hidden="true" />
      <span className="min-w-0 flex-1">
        <span className="block truncate font-medium text-slate-900">{stage.name}</span>
        <span className="block text-[12px] text-slate-500">
          {stage.probability}% · {t("stages.deals", { count: stage.dealCount })}
        </span>
      </span>
      <Badge tone={KIND_TONE[stage.kind]}>{t(`stages.kind.${stage.kind}`)}</Badge>
      {canEdit && (
        <span className="flex shrink-0 gap-1">
          <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`${t("edit")} ${stage.name}`}>
            {t("edit")}
          </Button>
          <ConfirmButton
            label={<span aria-label={`${t("delete")} ${stage.name}`}>{t("delete")}</span>}
            title={t("stages.deleteTitle", { name: stage.name })}
            description={t("stages.deleteHint")}
            confirmLabel={t("delete")}
            run={() => actions.deleteStageAction(pipelineId, stage.id)}
            explain={(f) => (f.fields.stage ? (stage.dealCount > 0 ? t("stages.inUse", { count: stage.dealCount }) : t("stages.lastOpen")) : f.message)}
          />
        </span>
      )}
    </li>
  );
}

function PipelineCard({ pipeline, canEdit, actions }: { pipeline: Pipeline; canEdit: boolean; actions: Actions }) {
  const t = useT(settingsMessages);
  const [stages, setStages] = useState(pipeline.stages);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [editing, setEditing] = useState<Stage | "new" | null>(null);
  const [, start] = useTransition();
  // Fresh stages from the server (after an edit) replace the local order, without an effect.
  const [source, setSource] = useState(pipeline.stages);
  if (source !== pipeline.stages) {
    setSource(pipeline.stages);
    setStages(pipeline.stages);
  }
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  function onDragEnd(e: DragEndEvent) {
    if (!e.over || e.active.id === e.over.id) return;
    const before = stages;
    const from = before.findIndex((s) => s.id === e.active.id);
    const to = before.findIndex((s) => s.id === e.over!.id);
    const next = arrayMove(before, from, to);
    setStages(next);
    setError(null);
    setAnnouncement(t("stages.moved", { name: before[from]!.name, position: to + 1, total: next.length }));
    start(async () => {
      const result = await actions.reorderStagesAction(pipeline.id, next.map((s) => s.id));
      if (!result.ok) {
        setStages(before);
        setError(t("stages.reorderFailed"));
      }
    });
  }

  return (
    <Card data-testid="pipeline-card" aria-label={pipeline.name}>
      <CardHeader
        title={
          <span className="flex items-center gap-2">
            {pipeline.name} {pipeline.isDefault && <Badge tone="accent">{t("pipelines.default")}</Badge>}
          </span>
        }
        action={
          canEdit ? (
            <span className="flex flex-wrap gap-1">
              {!pipeline.isDefault && (
                <Button variant="ghost" size="sm" onClick={() => start(async () => void (await actions.updatePipelineAction(pipeline.id, { isDefault: true })))}>
                  {t("pipelines.makeDefault")}
                </Button>
              )}
              {!pipeline.isDefault && (
                <ConfirmButton label={t("pipelines.delete")} title={t("pipelines.deleteConfirm", { name: pipeline.name })} confirmLabel={t("delete")} run={() => actions.deletePipelineAction(pipeline.id)} />
              )}
              <Button size="sm" variant="secondary" onClick={() => setEditing("new")}>
                <PlusIcon className="size-4" />
                {t("stages.add")}
              </Button>
            </span>
          ) : undefined
        }
      />
      {error && <Alert className="mx-4 mb-3">{error}</Alert>}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={stages.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <ol className="border-t border-slate-100" aria-label={pipeline.name}>
            {stages.map((s) => (
              <StageRow key={s.id} stage={s} canEdit={canEdit} onEdit={() => setEditing(s)} actions={actions} pipelineId={pipeline.id} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <StageDialog
        open={editing !== null}
        stage={editing === "new" ? null : editing}
        onClose={() => setEditing(null)}
        save={(input) => (editing && editing !== "new" ? actions.updateStageAction(pipeline.id, editing.id, input) : actions.createStageAction(pipeline.id, input))}
      />
    </Card>
  );
}

function NewPipelineForm({ create }: { create: Actions["createPipelineAction"] }) {
  const t = useT(settingsMessages);
  const failureText = useFailureText();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    start(async () => {
      const result = await create({ name });
      if (result.ok) {
        form.reset();
        setError(null);
      } else {
        const text = failureText(result);
        setError(text.fields.name ? `${t("pipelines.name")} ${text.fields.name}` : text.message);
      }
    });
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2 sm:flex-row sm:items-start" aria-label={t("pipelines.new")} noValidate>
      <div className="flex-1">
        <Input name="name" aria-label={t("pipelines.name")} placeholder={t("pipelines.name")} maxLength={100} aria-invalid={error ? true : undefined} />
        {error && <p className="mt-1.5 text-[13px] text-red-600">{error}</p>}
      </div>
      <Button type="submit" pending={pending}>
        {!pending && <PlusIcon className="size-4" />}
        {t("pipelines.new")}
      </Button>
    </form>
  );
}

/** Settings → Pipelines: every pipeline with its stages, reordered by drag and drop or the keyboard. */
export function PipelineSettings({ pipelines, canEdit, actions }: { pipelines: Pipeline[]; canEdit: boolean; actions: Actions }) {
  const t = useT(settingsMessages);
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-base font-semibold text-slate-900">{t("pipelines.title")}</h2>
        <p className="mt-1 text-[13px] text-slate-500">{canEdit ? t("pipelines.description") : t("readOnly")}</p>
      </div>
      {canEdit && <NewPipelineForm create={actions.createPipelineAction} />}
      {pipelines.length === 0 ? (
        <Card>
          <EmptyState icon={<BoardIcon />} title={t("pipelines.empty")} description={t("pipelines.emptyHint")} />
        </Card>
      ) : (
        pipelines.map((p) => <PipelineCard key={p.id} pipeline={p} canEdit={canEdit} actions={actions} />)
      )}
    </div>
  );
}
