import type { Metadata } from "next";
import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ChevronIcon, KeyIcon } from "@/components/ui/icons";
import { requirePageCtx } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Settings" };

const ROLE_LABEL = { ADMIN: "Admin", MANAGER: "Manager", USER: "Sales rep" } as const;

const COMING = [
  { title: "Members", description: "Invite teammates and choose their roles." },
  { title: "Pipelines & stages", description: "Shape the stages your deals move through." },
  { title: "Custom fields", description: "Track what matters to your team on every record." },
];

export default async function SettingsPage() {
  const ctx = await requirePageCtx();
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="Workspace" description="The workspace you are signed in to." />
        <CardBody>
          <dl className="grid gap-4 sm:grid-cols-2">
            <div>
              <dt className="text-[12px] font-medium text-slate-500">Name</dt>
              <dd className="mt-1 font-medium text-slate-900">{ctx.tenantName}</dd>
            </div>
            <div>
              <dt className="text-[12px] font-medium text-slate-500">You</dt>
              <dd className="mt-1 flex items-center gap-2">
                <Avatar name={ctx.name} seed={ctx.email} size="sm" />
                <span className="truncate text-slate-900">{ctx.name}</span>
                <Badge tone={ctx.role === "ADMIN" ? "accent" : "neutral"}>{ROLE_LABEL[ctx.role]}</Badge>
              </dd>
            </div>
          </dl>
        </CardBody>
      </Card>

      <div className="grid gap-3 sm:grid-cols-2">
        <Link
          href="/settings/api-keys"
          className="group flex items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs transition-colors hover:border-indigo-300 hover:bg-indigo-50/30"
        >
          <span className="flex size-9 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600 ring-1 ring-indigo-100">
            <KeyIcon />
          </span>
          <span className="min-w-0 flex-1">
            <span className="block font-medium text-slate-900">API keys</span>
            <span className="mt-0.5 block text-[13px] text-slate-500">Let scripts and integrations use the API as you.</span>
          </span>
          <ChevronIcon className="mt-2 size-4 text-slate-400 transition-transform group-hover:translate-x-0.5 rtl:-scale-x-100 rtl:group-hover:-translate-x-0.5" />
        </Link>
        {COMING.map((item) => (
          <div key={item.title} className="flex items-start gap-3 rounded-lg border border-dashed border-slate-200 p-4">
            <span className="min-w-0 flex-1">
              <span className="flex items-center gap-2 font-medium text-slate-700">
                {item.title} <Badge>Coming soon</Badge>
              </span>
              <span className="mt-0.5 block text-[13px] text-slate-500">{item.description}</span>
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
