import type { z } from "zod";

export type Method = "get" | "post" | "put" | "patch" | "delete";

/** One documented operation: the zod schemas here are the ones the verbs validate with. */
export type Operation = {
  method: Method;
  /** OpenAPI path template, e.g. `/api/account/{account}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** False for the few routes that need no credentials. */
  auth?: boolean;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Also accepts application/x-www-form-urlencoded bodies. */
  form?: boolean;
  responses: Record<number, { description: string; schema?: z.ZodType; empty?: boolean }>;
};
