import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { setLocale } from "@/lib/users/set-locale";
import { newWorkspace, type TestUser } from "../helpers";

let admin: TestUser;
let other: TestUser;
beforeAll(async () => {
  admin = await newWorkspace("Lingua");
  other = await newWorkspace("Babel");
});

const localeOf = async (id: string) => (await db.select({ locale: users.locale }).from(users).where(eq(users.id, id)))[0]!.locale;

describe("setLocale", () => {
  it("saves the caller's language and nobody else's", async () => {
    await setLocale({ ctx: admin.ctx, input: { locale: "ar" } });
    expect(await localeOf(admin.ctx.userId)).toBe("ar");
    expect(await localeOf(other.ctx.userId)).toBe("en");
  });

  it("refuses an unsupported language with the field named", async () => {
    await expect(setLocale({ ctx: admin.ctx, input: { locale: "de" } })).rejects.toMatchObject({ code: "validation", fields: { locale: "must be en, fr or ar" } });
    await expect(setLocale({ ctx: admin.ctx, input: {} })).rejects.toMatchObject({ code: "validation" });
    expect(await localeOf(admin.ctx.userId)).toBe("ar");
  });
});
