"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/components/forms/action-result";
import { useFailureText } from "@/components/forms/failure-text";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PlusIcon } from "@/components/ui/icons";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { RestUser } from "@/lib/http/serializers/rest-settings";
import { FormDialog } from "./form-dialog";
import { settingsMessages } from "./messages";

type User = z.infer<typeof RestUser>;
type Role = User["role"];
const ROLES: Role[] = ["USER", "MANAGER", "ADMIN"];
type Actions = {
  inviteUserAction: (input: { email: string; name: string; role: string }) => Promise<ActionResult<{ temporaryPassword: string }>>;
  updateUserAction: (id: string, input: { role?: string; isActive?: boolean }) => Promise<ActionResult>;
  resetPasswordAction: (id: string) => Promise<ActionResult<{ temporaryPassword: string }>>;
};

/** Shows a temporary password once, with a copy button. */
function PasswordDialog({ shown, onClose }: { shown: { name: string; email: string; password: string } | null; onClose: () => void }) {
  const t = useT(settingsMessages);
  const [copied, setCopied] = useState(false);
  return (
    <Dialog
      open={shown !== null}
      onClose={() => {
        setCopied(false);
        onClose();
      }}
      dismissible={false}
      title={shown ? t("users.tempTitle", { name: shown.name }) : ""}
      description={shown ? t("users.tempHint", { email: shown.email }) : ""}
      footer={
        <Button
          onClick={() => {
            setCopied(false);
            onClose();
          }}
        >
          {t("users.done")}
        </Button>
      }
    >
      <div className="flex items-center gap-2">
        <code data-testid="temporary-password" dir="ltr" className="flex-1 rounded-lg bg-slate-100 px-3 py-2 font-mono text-sm text-slate-900 select-all">
          {shown?.password}
        </code>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            void navigator.clipboard?.writeText(shown?.password ?? "");
            setCopied(true);
          }}
        >
          {copied ? t("users.copied") : t("users.copy")}
        </Button>
      </div>
    </Dialog>
  );
}

function InviteDialog({ open, onClose, invite, onInvited }: { open: boolean; onClose: () => void; invite: Actions["inviteUserAction"]; onInvited: (shown: { name: string; email: string; password: string }) => void }) {
  const t = useT(settingsMessages);
  async function submit(form: FormData) {
    const input = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), role: String(form.get("role") ?? "USER") };
    const result = await invite(input);
    if (result.ok) onInvited({ name: input.name, email: input.email, password: result.temporaryPassword });
    return result;
  }
  return (
    <FormDialog open={open} onClose={onClose} title={t("users.invite")} label={t("users.invite")} submitLabel={t("users.invite")} ownFields={["email", "name"]} submit={submit}>
      {(failure) => (
        <>
          <Field name="email" type="email" label={t("users.email")} required autoComplete="off" error={failure?.fields.email} />
          <Field name="name" label={t("users.name")} required maxLength={120} error={failure?.fields.name} />
          <div>
            <Label htmlFor="invite-role">{t("users.role")}</Label>
            <select id="invite-role" name="role" defaultValue="USER" className={`${inputClasses} mt-1.5`}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    </FormDialog>
  );
}

/** Settings → Users & roles: invite, change role, (de)activate, new temporary password. */
export function UserSettings({ users, meta, currentUserId, canEdit, actions }: { users: User[]; meta: { total: number; limit: number; offset: number }; currentUserId: string; canEdit: boolean; actions: Actions }) {
  const t = useT(settingsMessages);
  const failureText = useFailureText();
  const [inviting, setInviting] = useState(false);
  const [shown, setShown] = useState<{ name: string; email: string; password: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const act = (p: Promise<ActionResult>) =>
    start(async () => {
      const r = await p;
      setError(r.ok ? null : failureText(r).message);
    });

  return (
    <Card>
      <CardHeader
        title={t("users.title")}
        description={canEdit ? t("users.description") : t("readOnlyAdmin")}
        action={
          canEdit ? (
            <Button size="sm" onClick={() => setInviting(true)}>
              <PlusIcon className="size-4" />
              {t("users.invite")}
            </Button>
          ) : undefined
        }
      />
      {error && <Alert className="mx-4 mb-3">{error}</Alert>}
      <div className="relative overflow-x-auto" aria-busy={pending}>
        <Table>
          <THead>
            <TR>
              <TH>{t("users.name")}</TH>
              <TH>{t("users.role")}</TH>
              <TH>{t("users.status")}</TH>
              {canEdit && <TH className="text-end" />}
            </TR>
          </THead>
          <TBody>
            {users.map((u) => (
              <TR key={u.id} data-testid="user-row">
                <TD>
                  <span className="flex items-center gap-2">
                    <Avatar name={u.name} seed={u.email} size="sm" />
                    <span className="min-w-0">
                      <span className="block truncate font-medium text-slate-900">
                        {u.name} {u.id === currentUserId && <span className="text-[12px] font-normal text-slate-500">({t("users.you")})</span>}
                      </span>
                      <span className="block truncate text-[12px] text-slate-500" dir="ltr">
                        {u.email}
                      </span>
                    </span>
                  </span>
                </TD>
                <TD>
                  {canEdit && u.id !== currentUserId ? (
                    <select aria-label={`${t("users.role")} ${u.name}`} value={u.role} onChange={(e) => act(actions.updateUserAction(u.id, { role: e.target.value }))} className={`${inputClasses} h-8 w-36 min-w-36`}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`role.${r}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <Badge tone={u.role === "ADMIN" ? "accent" : "neutral"}>{t(`role.${u.role}`)}</Badge>
                  )}
                </TD>
                <TD>
                  <Badge tone={u.isActive ? "success" : "neutral"}>{u.isActive ? t("users.active") : t("users.inactive")}</Badge>
                </TD>
                {canEdit && (
                  <TD className="text-end whitespace-nowrap">
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() =>
                        start(async () => {
                          const r = await actions.resetPasswordAction(u.id);
                          if (r.ok) setShown({ name: u.name, email: u.email, password: r.temporaryPassword });
                          else setError(failureText(r).message);
                        })
                      }
                    >
                      {t("users.resetPassword")}
                    </Button>
                    {u.id !== currentUserId &&
                      (u.isActive ? (
                        <Button variant="ghost-danger" size="sm" onClick={() => act(actions.updateUserAction(u.id, { isActive: false }))} aria-label={`${t("users.deactivate")} ${u.name}`}>
                          {t("users.deactivate")}
                        </Button>
                      ) : (
                        <Button variant="ghost" size="sm" onClick={() => act(actions.updateUserAction(u.id, { isActive: true }))} aria-label={`${t("users.reactivate")} ${u.name}`}>
                          {t("users.reactivate")}
                        </Button>
                      ))}
                  </TD>
                )}
              </TR>
            ))}
          </TBody>
        </Table>
      </div>
      {meta.total > meta.limit && (
        <nav className="flex items-center justify-between border-t border-slate-100 px-4 py-3 text-[13px] text-slate-500">
          <span>
            {meta.offset + 1}–{Math.min(meta.offset + meta.limit, meta.total)} / {meta.total}
          </span>
          <span className="flex gap-2">
            {meta.offset > 0 && (
              <Link className={buttonClasses("secondary", "sm")} href={`?offset=${Math.max(0, meta.offset - meta.limit)}`}>
                <span className="rtl:-scale-x-100">‹</span>
              </Link>
            )}
            {meta.offset + meta.limit < meta.total && (
              <Link className={buttonClasses("secondary", "sm")} href={`?offset=${meta.offset + meta.limit}`}>
                <span className="rtl:-scale-x-100">›</span>
              </Link>
            )}
          </span>
        </nav>
      )}
      <InviteDialog open={inviting} onClose={() => setInviting(false)} invite={actions.inviteUserAction} onInvited={setShown} />
      <PasswordDialog shown={shown} onClose={() => setShown(null)} />
    </Card>
  );
}
