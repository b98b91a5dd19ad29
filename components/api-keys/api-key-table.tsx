import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { KeyIcon } from "@/components/ui/icons";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDate, formatDateTime, formatRelative } from "@/components/format/date";
import type { ActionResult } from "@/components/forms/action-result";
import type { ApiKeyView } from "@/lib/api-keys/schemas";
import { RevokeApiKeyButton } from "./revoke-button";

type Props = {
  keys: ApiKeyView[];
  currentUserId: string;
  revoke: (id: string) => Promise<ActionResult>;
};

export function ApiKeyTable({ keys, currentUserId, revoke }: Props) {
  if (keys.length === 0) {
    return (
      <EmptyState
        icon={<KeyIcon />}
        title="No API keys yet"
        description="Create a key to let a script or an integration read and update your CRM through the API."
      />
    );
  }
  const now = new Date();
  return (
    <Table aria-label="API keys">
      <THead>
        <tr>
          <TH>Name</TH>
          <TH>Key</TH>
          <TH>Owner</TH>
          <TH>Created</TH>
          <TH>Last used</TH>
          <TH>Expires</TH>
          <TH>
            <span className="sr-only">Actions</span>
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
                    {k.user.id === currentUserId ? "You" : k.user.name}
                  </span>
                </span>
              </TD>
              <TD title={formatDateTime(k.createdAt)}>{formatDate(k.createdAt)}</TD>
              <TD title={k.lastUsedAt ? formatDateTime(k.lastUsedAt) : undefined}>
                {k.lastUsedAt ? formatRelative(k.lastUsedAt, now) : <span className="text-slate-400">Never</span>}
              </TD>
              <TD title={k.expiresAt ? formatDateTime(k.expiresAt) : undefined}>
                {k.expiresAt === null ? (
                  <span className="text-slate-400">Never</span>
                ) : expired ? (
                  <Badge tone="danger">Expired</Badge>
                ) : (
                  formatDate(k.expiresAt)
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
