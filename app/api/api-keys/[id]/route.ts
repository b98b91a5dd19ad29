// DELETE /api/api-keys/{id} – revoke a key at once
import { noContent, route } from "@/lib/http/route";
import { revokeApiKey } from "@/lib/api-keys/revoke";

export const DELETE = route<{ id: string }>(async ({ ctx, params }) => {
  await revokeApiKey({ ctx, id: params.id });
  return noContent();
});
