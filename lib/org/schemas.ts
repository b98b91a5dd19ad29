import { z } from "zod";
import { optionalText, requiredText } from "@/lib/validation";
import { PageQuery, sortParam } from "@/lib/rest/page";

const NullableUuid = z.string({ error: "must be a UUID" }).uuid("must be a UUID").nullable();
const search = z.string().trim().max(200, "must be at most 200 characters").optional();

export const ListFranchisesQuery = PageQuery.extend({ search, sort: sortParam(["name", "createdAt"] as const, "name") });
export const CreateFranchise = z.object({ name: requiredText(120), code: optionalText(40), isActive: z.boolean({ error: "must be true or false" }).optional() });
export const UpdateFranchise = z.object({ name: requiredText(120).optional(), code: optionalText(40), isActive: z.boolean({ error: "must be true or false" }).optional() });

export const ListDepartmentsQuery = PageQuery.extend({ search, franchiseId: z.string().uuid("must be a UUID").optional(), sort: sortParam(["name", "createdAt"] as const, "name") });
export const CreateDepartment = z.object({ name: requiredText(120), franchiseId: NullableUuid.optional(), pipelineId: NullableUuid.optional() });
export const UpdateDepartment = z.object({ name: requiredText(120).optional(), franchiseId: NullableUuid.optional(), pipelineId: NullableUuid.optional() });

export const ListLeadSourcesQuery = PageQuery.extend({ search, sort: sortParam(["name", "createdAt"] as const, "name") });
export const CreateLeadSource = z.object({ name: requiredText(120) });
export const UpdateLeadSource = CreateLeadSource.partial();

export type CreateFranchise = z.infer<typeof CreateFranchise>;
export type UpdateFranchise = z.infer<typeof UpdateFranchise>;
export type CreateDepartment = z.infer<typeof CreateDepartment>;
export type UpdateDepartment = z.infer<typeof UpdateDepartment>;
export type CreateLeadSource = z.infer<typeof CreateLeadSource>;
export type UpdateLeadSource = z.infer<typeof UpdateLeadSource>;
