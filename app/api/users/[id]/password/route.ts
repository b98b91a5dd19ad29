// POST /api/users/{id}/password – set a new temporary password (admins); 200 {data: {temporaryPassword}}
import { route } from "@/lib/http/route";
import { resetUserPassword } from "@/lib/users/reset-password";

export const POST = route<{ id: string }>(async ({ ctx, params }) => ({ data: await resetUserPassword({ ctx, id: params.id }) }));
