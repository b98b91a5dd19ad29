import type { Metadata } from "next";
import { getT } from "@/components/i18n/server";
import { settingsMessages } from "@/components/settings/messages";
import { UserSettings } from "@/components/settings/user-settings";
import { requirePageCtx } from "@/lib/auth/session";
import { restUser } from "@/lib/http/serializers/rest-settings";
import { listUsers } from "@/lib/users/list";
import { inviteUserAction, resetPasswordAction, updateUserAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(settingsMessages))("users.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requirePageCtx();
  const params = await searchParams;
  const offset = Math.max(0, Number(params.offset) || 0);
  const page = await listUsers({ ctx, query: { limit: 50, offset } });
  return (
    <UserSettings
      users={page.data.map(restUser)}
      meta={{ total: page.total, limit: page.limit, offset: page.offset }}
      currentUserId={ctx.userId}
      canEdit={ctx.role === "ADMIN"}
      actions={{ inviteUserAction, updateUserAction, resetPasswordAction }}
    />
  );
}
