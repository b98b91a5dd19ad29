import { z } from "zod";

/** Document 003's CustomLabel body: `value` is a free-form JSON map (e.g. {"label1": "Custom Label 1"}). */
const LabelMap = z
  .record(z.string(), z.unknown(), { error: (iss) => (iss.input === undefined || iss.input === null ? "is required" : "must be a JSON object") })
  .refine((v) => JSON.stringify(v).length <= 100_000, "must be at most 100000 characters of JSON");

export const CustomLabelInput = z.object({ value: LabelMap });
export type CustomLabelInput = z.infer<typeof CustomLabelInput>;
