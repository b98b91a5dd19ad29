import { z } from "zod";
import type { CustomField } from "@/db/schema";
import type { CustomLabelView } from "@/lib/custom-labels/views";
import { Audit } from "@/lib/http/openapi/schemas";
import type { StageView } from "@/lib/stages/views";
import { audit } from "./cone";

/**
 * Document 003's settings records: ConnectionStage, CustomField (plus the `id` the document forgot) and
 * CustomLabel, in its camelCase shape with BaseRecord's audit fields. Extra keys carry Rapport's stage
 * settings (key, colour, probability, kind, pipeline, position).
 */

export const ConeStage = z.object({
  id: z.uuid(),
  name: z.string(),
  key: z.string(),
  color: z.string(),
  probability: z.number().int(),
  kind: z.enum(["open", "won", "lost"]),
  position: z.number().int(),
  pipeline: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  dealCount: z.number().int(),
  ...Audit,
});
export type ConeStage = z.infer<typeof ConeStage>;

export function coneStage(s: StageView): ConeStage {
  return {
    id: s.id,
    name: s.name,
    key: s.key,
    color: s.color,
    probability: s.probability,
    kind: s.kind,
    position: s.position,
    pipeline: s.pipeline,
    dealCount: s.dealCount,
    ...audit(s),
  };
}

export const ConeCustomField = z.object({
  id: z.uuid(),
  entity: z.enum(["contact", "account", "deal", "task"]),
  fieldName: z.string(),
  fieldType: z.string(),
  /** JSON text, as document 003 types it (e.g. "{\"choices\":[…]}"). */
  options: z.string(),
  label: z.string(),
  isRequired: z.boolean(),
  position: z.number().int(),
  ...Audit,
});
export type ConeCustomField = z.infer<typeof ConeCustomField>;

export function coneCustomField(f: CustomField): ConeCustomField {
  return {
    id: f.id,
    entity: f.entity,
    fieldName: f.fieldName,
    fieldType: f.fieldType,
    options: JSON.stringify(f.options ?? {}),
    label: f.label,
    isRequired: f.isRequired,
    position: f.position,
    ...audit(f),
  };
}

export const ConeCustomLabel = z.object({
  id: z.uuid(),
  tenant: z.object({ id: z.uuid(), name: z.string() }),
  value: z.record(z.string(), z.unknown()),
  ...Audit,
});
export type ConeCustomLabel = z.infer<typeof ConeCustomLabel>;

export function coneCustomLabel(l: CustomLabelView): ConeCustomLabel {
  return { id: l.id, tenant: l.tenant, value: l.value, ...audit(l) };
}
