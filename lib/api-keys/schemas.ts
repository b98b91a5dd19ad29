import { z } from "zod";
import { isoDateTime } from "@/lib/dates";
import { requiredText } from "@/lib/validation";

export const CreateApiKey = z.object({
  name: requiredText(100),
  /** Optional expiry, ISO date-time in the future. */
  expiresAt: isoDateTime("must be an ISO date-time").nullish(),
});
export type CreateApiKey = z.infer<typeof CreateApiKey>;

/** An API key as listed: never the key itself. */
export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  user: { id: string; name: string; email: string };
};
