import { z } from "zod";
import type { Department, Franchise, LeadSource } from "@/db/schema";
import type { PipelineView } from "@/lib/pipelines/views";
import type { Page } from "@/lib/rest/page";
import type { StageView } from "@/lib/stages/views";
import type { UserView } from "@/lib/users/views";

/**
 * The REST family (docs/api.md, "REST conventions"): camelCase, `{data}` for one record,
 * `{data, meta: {total, limit, offset}}` for a list, ISO 8601 timestamps in UTC.
 */
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const stamps = (r: { createdAt: Date; modifiedAt: Date | null }) => ({ createdAt: r.createdAt.toISOString(), modifiedAt: iso(r.modifiedAt) });
const Stamps = { createdAt: z.string(), modifiedAt: z.string().nullable() };

export const Meta = z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
export const one = <S extends z.ZodType>(schema: S) => z.object({ data: schema });
export const many = <S extends z.ZodType>(schema: S) => z.object({ data: z.array(schema), meta: Meta });

export const envelope = <T>(data: T) => ({ data });
export const pageEnvelope = <T, R>(page: Page<T>, map: (row: T) => R) => ({
  data: page.data.map(map),
  meta: { total: page.total, limit: page.limit, offset: page.offset },
});

export const RestStage = z.object({
  id: z.uuid(),
  pipelineId: z.uuid().nullable(),
  name: z.string(),
  key: z.string(),
  color: z.string(),
  probability: z.number().int(),
  kind: z.enum(["open", "won", "lost"]),
  position: z.number().int(),
  dealCount: z.number().int(),
  ...Stamps,
});
export const restStage = (s: StageView): z.infer<typeof RestStage> => ({
  id: s.id,
  pipelineId: s.pipelineId,
  name: s.name,
  key: s.key,
  color: s.color,
  probability: s.probability,
  kind: s.kind,
  position: s.position,
  dealCount: s.dealCount,
  ...stamps(s),
});

export const RestPipeline = z.object({ id: z.uuid(), name: z.string(), isDefault: z.boolean(), position: z.number().int(), stages: z.array(RestStage), ...Stamps });
export const restPipeline = (p: PipelineView): z.infer<typeof RestPipeline> => ({
  id: p.id,
  name: p.name,
  isDefault: p.isDefault,
  position: p.position,
  stages: p.stages.map(restStage),
  ...stamps(p),
});

export const RestFranchise = z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable(), isActive: z.boolean(), ...Stamps });
export const restFranchise = (f: Franchise): z.infer<typeof RestFranchise> => ({ id: f.id, name: f.name, code: f.code, isActive: f.isActive, ...stamps(f) });

export const RestDepartment = z.object({ id: z.uuid(), name: z.string(), franchiseId: z.uuid().nullable(), pipelineId: z.uuid().nullable(), ...Stamps });
export const restDepartment = (d: Department): z.infer<typeof RestDepartment> => ({ id: d.id, name: d.name, franchiseId: d.franchiseId, pipelineId: d.pipelineId, ...stamps(d) });

export const RestLeadSource = z.object({ id: z.uuid(), name: z.string(), ...Stamps });
export const restLeadSource = (s: LeadSource): z.infer<typeof RestLeadSource> => ({ id: s.id, name: s.name, ...stamps(s) });

export const RestUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(["ADMIN", "MANAGER", "USER"]),
  isActive: z.boolean(),
  locale: z.string(),
  /** True until the person replaces the temporary password an admin gave them. */
  mustChangePassword: z.boolean(),
  franchiseId: z.uuid().nullable(),
  departmentId: z.uuid().nullable(),
  lastLoginAt: z.string().nullable(),
  ...Stamps,
});
export const restUser = (u: UserView): z.infer<typeof RestUser> => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  isActive: u.isActive,
  locale: u.locale,
  mustChangePassword: u.mustChangePassword,
  franchiseId: u.franchiseId,
  departmentId: u.departmentId,
  lastLoginAt: iso(u.lastLoginAt),
  ...stamps(u),
});
