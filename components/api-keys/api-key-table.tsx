import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { KeyIcon } from "@/components/ui/icons";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDate, formatDateTime, formatRelative } from "@/components/format/date";
import type { ActionResult } from "@/components/forms/action-result";
import type { ApiKeyView } from "@/lib/api-keys/schemas";
import { getLocale, getT } from "@/components/i18n/server";
import { apiKeyMessages } from "./messages";
import { RevokeApiKeyButton } from "./revoke-button";

type Props = {
  keys: ApiKeyView[];
  currentUserId: string;
  revoke: (id: string) => Promise<ActionResult>;
};

export async function ApiKeyTable({ keys, currentUserId, revoke }: Props) {
  const t = await getT(apiKeyMessages);
  const locale = await getLocale();
  if (keys.length === 0) {
    return (
      <EmptyState
        icon={<KeyIcon />}
        title={t("empty.title")}
        description={t("empty.description")}
      />
    );
  }
  const now = new Date();
  return (
    <Table aria-label={t("list.title")}>
      <THead>
        <tr>
          <TH>{t("col.name")}</TH>
          <TH>{t("col.key")}</TH>
          <TH>{t("col.owner")}</TH>
          <TH>{t("col.created")}</TH>
          <TH>{t("col.lastUsed")}</TH>
          <TH>{t("col.expires")}</TH>
          <TH>
            <span className="sr-only">{t("col.actions")}</span>
          </TH>
        </tr>
      </THead>
      <TBody>
        {keys.map((k) => {
          const expired = k.expiresAt !== null && k.expiresAt.getTime() <= now.getTime();
          return (
            <TR key={k.id} data-testid="api-key-row">
              <TD className="font-medium text-slate-900">{k.name}</TD>
              <TD>
                <code dir="ltr" className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{k.prefix}…</code>
              </TD>
              <TD>
                <span className="flex items-center gap-2">
                  <Avatar name={k.user.name} seed={k.user.email} size="sm" />
                  <span className="max-w-40 truncate" title={k.user.email}>
                    {k.user.id === currentUserId ? t("you") : k.user.name}
                  </span>
                </span>
              </TD>
              <TD title={formatDateTime(k.createdAt, locale)}>{formatDate(k.createdAt, locale)}</TD>
              <TD title={k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : undefined}>
                {k.lastUsedAt ? formatRelative(k.lastUsedAt, now, locale) : <span className="text-slate-400">{t("never")}</span>}
              </TD>
              <TD title={k.expiresAt ? formatDateTime(k.expiresAt, locale) : undefined}>
                {k.expiresAt === null ? (
                  <span className="text-slate-400">{t("never")}</span>
                ) : expired ? (
                  <Badge tone="danger">{t("expired")}</Badge>
                ) : (
                  formatDate(k.expiresAt, locale)
                )}
              </TD>
              <TD className="text-end">
                <RevokeApiKeyButton id={k.id} name={k.name} revoke={revoke} />
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
