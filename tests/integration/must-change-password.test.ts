import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as token from "@/app/api/auth/token/route";
import * as me from "@/app/api/me/route";
import * as usersRoute from "@/app/api/users/route";
import * as userRoute from "@/app/api/users/[id]/route";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { loadPrincipal } from "@/lib/auth/principal";
import { verifyPassword } from "@/lib/auth/password";
import { changeOwnPassword } from "@/lib/users/change-password";
import { resetUserPassword } from "@/lib/users/reset-password";
import { call, newWorkspace, PASSWORD, type TestUser } from "../helpers";

let admin: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Firstday");
});

async function invite(email: string, password?: string) {
  const res = await call(usersRoute.POST, { method: "POST", path: "/api/users", headers: admin.auth, body: { email, name: "New Hire", role: "MANAGER", ...(password ? { password } : {}) } });
  expect(res.status).toBe(201);
  return res.body as { data: { id: string; mustChangePassword: boolean }; temporaryPassword: string | null };
}

const bearer = async (email: string, password: string) => {
  const t = await call(token.POST, { method: "POST", path: "/api/auth/token", body: { email, password } });
  expect(t.status).toBe(200);
  return { authorization: `Bearer ${t.body.token}` };
};

describe("a temporary password must be replaced at first sign-in", () => {
  it("flags an invited user, refuses their calls with a clear 403 until they choose a password", async () => {
    const invited = await invite("hire-1@example.test");
    expect(invited.data.mustChangePassword).toBe(true);
    const auth = await bearer("hire-1@example.test", invited.temporaryPassword!);
    const refused = await call(me.GET, { path: "/api/me", headers: auth });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toMatch(/temporary password/i);
    const list = await call(usersRoute.GET, { path: "/api/users", headers: auth });
    expect(list.status).toBe(403);

    const ctx = (await loadPrincipal(invited.data.id, "session"))!;
    expect(ctx.mustChangePassword).toBe(true);
    await changeOwnPassword({ ctx, input: { currentPassword: invited.temporaryPassword, newPassword: "My-own-pass-42" } });
    const [row] = await db.select().from(users).where(eq(users.id, invited.data.id));
    expect(row!.mustChangePassword).toBe(false);
    expect(await verifyPassword("My-own-pass-42", row!.passwordHash)).toBe(true);
    expect((await call(me.GET, { path: "/api/me", headers: auth })).status).toBe(200);
  });

  it("does not flag a user whose password the admin chose, and shows the flag to admins", async () => {
    const invited = await invite("hire-2@example.test", "Chosen-pass-9");
    expect(invited.temporaryPassword).toBeNull();
    expect(invited.data.mustChangePassword).toBe(false);
    const auth = await bearer("hire-2@example.test", "Chosen-pass-9");
    expect((await call(me.GET, { path: "/api/me", headers: auth })).status).toBe(200);
    const shown = await call(userRoute.GET, { path: `/api/users/${invited.data.id}`, headers: admin.auth, params: { id: invited.data.id } });
    expect(shown.body.data.mustChangePassword).toBe(false);
  });

  it("flags the user again after an admin resets the password; their API keys keep working", async () => {
    const invited = await invite("hire-3@example.test", "Chosen-pass-9");
    const { temporaryPassword } = await resetUserPassword({ ctx: admin.ctx, id: invited.data.id });
    const ctx = (await loadPrincipal(invited.data.id, "session"))!;
    expect(ctx.mustChangePassword).toBe(true);
    expect((await call(me.GET, { path: "/api/me", headers: await bearer("hire-3@example.test", temporaryPassword) })).status).toBe(403);
    // The admin's own key is unaffected, and so is the flagged user's principal through an API key.
    expect((await call(me.GET, { path: "/api/me", headers: admin.auth })).status).toBe(200);
    expect((await loadPrincipal(invited.data.id, "api_key"))!.mustChangePassword).toBe(true);
  });

  it("refuses a wrong current password, a weak or unchanged new one, and changes nothing", async () => {
    const invited = await invite("hire-4@example.test");
    const ctx = (await loadPrincipal(invited.data.id, "session"))!;
    const [before] = await db.select().from(users).where(eq(users.id, invited.data.id));
    await expect(changeOwnPassword({ ctx, input: { currentPassword: "wrong-one-1", newPassword: "My-own-pass-42" } })).rejects.toMatchObject({ code: "validation", fields: { currentPassword: expect.any(String) } });
    await expect(changeOwnPassword({ ctx, input: { currentPassword: invited.temporaryPassword, newPassword: "short" } })).rejects.toMatchObject({ code: "validation", issues: { newPassword: { kind: "too_short", limit: 8 } } });
    await expect(changeOwnPassword({ ctx, input: { currentPassword: invited.temporaryPassword, newPassword: "lettersonly" } })).rejects.toMatchObject({ fields: { newPassword: expect.any(String) } });
    await expect(changeOwnPassword({ ctx, input: { currentPassword: invited.temporaryPassword, newPassword: invited.temporaryPassword } })).rejects.toMatchObject({ fields: { newPassword: expect.any(String) } });
    await expect(changeOwnPassword({ ctx, input: { newPassword: "My-own-pass-42" } })).rejects.toMatchObject({ fields: { currentPassword: expect.any(String) } });
    const [after] = await db.select().from(users).where(eq(users.id, invited.data.id));
    expect(after).toMatchObject({ passwordHash: before!.passwordHash, mustChangePassword: true });
  });

  it("never touches another user: the verb changes only the caller's own password", async () => {
    const other = await newWorkspace("Elsewhere");
    await changeOwnPassword({ ctx: other.ctx, input: { currentPassword: PASSWORD, newPassword: "Another-pass-7" } });
    const [adminRow] = await db.select().from(users).where(eq(users.id, admin.ctx.userId));
    expect(await verifyPassword(PASSWORD, adminRow!.passwordHash)).toBe(true);
  });
});
