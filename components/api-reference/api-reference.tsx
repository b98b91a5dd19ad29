"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { useT } from "@/components/i18n/provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CheckIcon, CopyIcon, KeyIcon, SearchIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { apiReference, matchesSearch, type RefOperation, type SchemaRow } from "@/lib/http/openapi/reference";
import { apiReferenceMessages } from "./messages";

const DOCUMENT_URL = "/api/openapi.json";

const METHOD_TONES: Record<string, string> = {
  get: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  post: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  put: "bg-amber-50 text-amber-800 ring-amber-200",
  patch: "bg-amber-50 text-amber-800 ring-amber-200",
  delete: "bg-rose-50 text-rose-700 ring-rose-200",
};

const anchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

function MethodBadge({ method }: { method: string }) {
  return (
    <span className={cn("inline-flex w-16 shrink-0 justify-center rounded-md py-0.5 font-mono text-[11px] font-semibold uppercase ring-1 ring-inset", METHOD_TONES[method])}>
      {method}
    </span>
  );
}

/** A block of code that copies itself; always left-to-right, also in Arabic. */
function CodeBlock({ code, label }: { code: string; label: string }) {
  const t = useT(apiReferenceMessages);
  const [copied, setCopied] = useState(false);
  return (
    <div className="relative">
      <pre dir="ltr" aria-label={label} className="overflow-x-auto rounded-lg bg-slate-900 p-3 pe-20 text-start font-mono text-[12px] leading-relaxed text-slate-100">
        {code}
      </pre>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(code).then(() => setCopied(true));
          setTimeout(() => setCopied(false), 1500);
        }}
        className="absolute end-2 top-2 inline-flex h-7 items-center gap-1 rounded-md bg-white/10 px-2 text-[11px] font-medium text-slate-100 hover:bg-white/20"
      >
        {copied ? <CheckIcon className="size-3.5" /> : <CopyIcon className="size-3.5" />}
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}

/** The reference's tables: a bordered, sideways-scrolling table with one header row. */
function RefTable({ columns, children }: { columns: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg ring-1 ring-slate-200">
      <table className="w-full border-collapse text-start text-[13px]">
        <thead className="bg-slate-50 text-[11px] uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-3 py-1.5 text-start font-semibold">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

/** A schema as an indented table: name (required marked), type, constraints and description. */
function SchemaTable({ rows }: { rows: SchemaRow[] }) {
  const t = useT(apiReferenceMessages);
  if (rows.length === 0) return <p className="text-[13px] text-slate-500">{t("noFields")}</p>;
  return (
    <RefTable columns={[t("colName"), t("colType"), t("colDetails")]}>
      {rows.map((r, i) => (
        <tr key={i} className="align-top">
          <td className="whitespace-nowrap px-3 py-1.5" style={{ paddingInlineStart: `${0.75 + r.depth * 1.1}rem` }}>
            <span dir="ltr" className={cn("font-mono", r.depth > 0 ? "text-slate-600" : "text-slate-900")}>
              {r.depth > 0 ? "└ " : ""}
              {r.name}
            </span>
            {r.required ? <span className="ms-1.5 text-[11px] font-medium text-rose-600">{t("required")}</span> : null}
          </td>
          <td className="px-3 py-1.5">
            <span dir="ltr" className="font-mono text-[12px] text-indigo-700">
              {r.type}
            </span>
          </td>
          <td className="px-3 py-1.5 text-[12px] text-slate-600">
            {r.notes.length ? (
              <span dir="ltr" className="break-all font-mono">
                {r.notes.join(" · ")}
              </span>
            ) : null}
            {r.description ? <p className="text-slate-500">{r.description}</p> : null}
          </td>
        </tr>
      ))}
    </RefTable>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h4 className="text-[12px] font-semibold uppercase tracking-wide text-slate-500">{title}</h4>
      {children}
    </section>
  );
}

/** Everything about one operation; rendered only once it is expanded. */
function OperationDetails({ op }: { op: RefOperation }) {
  const t = useT(apiReferenceMessages);
  return (
    <div className="space-y-5 border-t border-slate-100 px-4 py-4">
      {op.description ? (
        <p className="text-[13px] text-slate-600">
          <InlineCode text={op.description} />
        </p>
      ) : null}
      <Section title={t("auth")}>
        <p className="text-[13px] text-slate-700">{op.auth ? t("authKey") : t("authNone")}</p>
      </Section>
      {op.parameters.length > 0 ? (
        <Section title={t("parameters")}>
          <RefTable columns={[t("colName"), t("colIn"), t("colType"), t("colDetails")]}>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`} className="align-top">
                <td className="whitespace-nowrap px-3 py-1.5">
                  <span dir="ltr" className="font-mono text-slate-900">
                    {p.name}
                  </span>
                  {p.required ? <span className="ms-1.5 text-[11px] font-medium text-rose-600">{t("required")}</span> : null}
                </td>
                <td className="px-3 py-1.5 font-mono text-[12px] text-slate-600">{p.in}</td>
                <td className="px-3 py-1.5">
                  <span dir="ltr" className="font-mono text-[12px] text-indigo-700">
                    {p.type}
                  </span>
                </td>
                <td className="px-3 py-1.5 text-[12px] text-slate-600">
                  {p.notes.length ? (
                    <span dir="ltr" className="break-all font-mono">
                      {p.notes.join(" · ")}
                    </span>
                  ) : null}
                  {p.description ? <p className="text-slate-500">{p.description}</p> : null}
                </td>
              </tr>
            ))}
          </RefTable>
        </Section>
      ) : null}
      {op.body ? (
        <Section title={t("requestBody")}>
          <p className="text-[12px] text-slate-500">
            {t("contentTypes", { types: op.body.contentTypes.join(", ") })}
          </p>
          <SchemaTable rows={op.body.rows} />
        </Section>
      ) : null}
      <Section title={t("responses")}>
        <ul className="space-y-3">
          {op.responses.map((r) => (
            <li key={r.status} className="space-y-1.5">
              <p className="flex items-center gap-2 text-[13px]">
                <Badge tone={r.status.startsWith("2") ? "success" : r.status.startsWith("4") ? "warning" : r.status.startsWith("5") ? "danger" : "neutral"}>
                  <span className="font-mono">{r.status}</span>
                </Badge>
                <span className="text-slate-700">{r.description}</span>
              </p>
              {r.rows.length > 0 ? <SchemaTable rows={r.rows} /> : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("example")}>
        <CodeBlock code={op.curl} label={`${t("example")}: ${op.method.toUpperCase()} ${op.path}`} />
      </Section>
    </div>
  );
}

function OperationItem({ op }: { op: RefOperation }) {
  const t = useT(apiReferenceMessages);
  const [open, setOpen] = useState(false);
  return (
    <li id={op.id} data-testid="api-operation" className="scroll-mt-20 rounded-lg border border-slate-200 bg-white">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary
          aria-label={t("expand", { method: op.method.toUpperCase(), path: op.path })}
          className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 rounded-lg px-3 py-2.5 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500/40 [&::-webkit-details-marker]:hidden"
        >
          <MethodBadge method={op.method} />
          <code dir="ltr" className="min-w-0 break-all font-mono text-[13px] font-medium text-slate-900">
            {op.path}
          </code>
          <span className="min-w-0 basis-full text-[13px] text-slate-500 [overflow-wrap:anywhere] sm:flex-1 sm:basis-auto sm:text-end">{op.summary}</span>
          {!op.auth ? <Badge tone="neutral">{t("authNone").split(":")[0]}</Badge> : null}
        </summary>
        {open ? <OperationDetails op={op} /> : null}
      </details>
    </li>
  );
}

/** Markdown's `code` spans as <code>, the rest as text. */
function InlineCode({ text }: { text: string }) {
  return text.split("`").map((part, i) =>
    i % 2 ? (
      <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[12px] text-slate-800">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

const noop = () => () => {};

/** The API reference: the OpenAPI document, fetched once, grouped by tag, searchable, each operation expandable. */
export function ApiReference() {
  const t = useT(apiReferenceMessages);
  const origin = useSyncExternalStore(
    noop,
    () => window.location.origin,
    () => "",
  );
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search);
  const doc = useQuery({
    queryKey: ["openapi"],
    queryFn: async () => {
      const res = await fetch(DOCUMENT_URL);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return apiReference((await res.json()) as Record<string, unknown>);
    },
    staleTime: Infinity,
  });
  const tags = useMemo(
    () => (doc.data?.tags ?? []).map((tag) => ({ ...tag, operations: tag.operations.filter((op) => matchesSearch(op, deferred)) })).filter((tag) => tag.operations.length > 0),
    [doc.data, deferred],
  );
  const shown = tags.reduce((n, tag) => n + tag.operations.length, 0);
  const total = doc.data?.operationCount ?? 0;

  const toolbar = (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
      <div className="relative min-w-0 flex-1">
        <SearchIcon className="pointer-events-none absolute start-3 top-1/2 size-4 -translate-y-1/2 text-slate-400" />
        <Input type="search" aria-label={t("search")} placeholder={t("searchPlaceholder")} value={search} onChange={(e) => setSearch(e.target.value)} className="ps-9" />
      </div>
      <div className="flex flex-wrap gap-2">
        <a href={DOCUMENT_URL} download="openapi.json" className={buttonClasses("secondary")}>
          {t("download")}
        </a>
        <Link href="/settings/api-keys" className={buttonClasses("ghost")}>
          <KeyIcon className="size-4" />
          {t("apiKeys")}
        </Link>
      </div>
    </div>
  );

  if (doc.isPending)
    return (
      <div className="space-y-4" aria-busy="true">
        {toolbar}
        <Skeleton className="h-28 w-full" />
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-11 w-full" />
        ))}
      </div>
    );
  if (doc.isError)
    return (
      <div className="space-y-4">
        {toolbar}
        <Alert title={t("loadError")}>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void doc.refetch()}>
            {t("retry")}
          </Button>
        </Alert>
      </div>
    );

  return (
    <div className="space-y-5">
      {toolbar}
      <Card>
        <CardBody className="space-y-3">
          <h2 className="font-semibold text-slate-900">{t("gettingStarted")}</h2>
          <p className="text-[13px] text-slate-600" dir="ltr">
            <InlineCode text={doc.data.description} />
          </p>
          <p className="text-[13px] text-slate-600">{t("setup")}</p>
          <CodeBlock code={`BASE=${origin || "http://localhost:3000"}\nKEY=rpk_…`} label={t("gettingStarted")} />
        </CardBody>
      </Card>
      <p className="text-[13px] text-slate-500" aria-live="polite" data-testid="api-count">
        {deferred.trim() ? t("matching", { count: shown, total }) : t("operations", { count: total })}
      </p>
      {shown === 0 ? (
        <Card>
          <CardBody className="flex flex-col items-center gap-3 py-10 text-center">
            <p className="text-sm text-slate-600">{t("noMatch", { search: deferred })}</p>
            <Button variant="secondary" size="sm" onClick={() => setSearch("")}>
              {t("clearSearch")}
            </Button>
          </CardBody>
        </Card>
      ) : (
        <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
          <nav aria-label={t("sections")} className="hidden lg:sticky lg:top-4 lg:block lg:w-48 lg:shrink-0">
            <ul className="space-y-0.5 text-[13px]">
              {tags.map((tag) => (
                <li key={tag.name}>
                  <a href={`#${anchor(tag.name)}`} className="flex items-center justify-between rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900">
                    <span className="truncate">{tag.name}</span>
                    <span className="text-[11px] tabular-nums text-slate-400">{tag.operations.length}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="min-w-0 flex-1 space-y-6">
            {tags.map((tag) => (
              <section key={tag.name} id={anchor(tag.name)} aria-labelledby={`${anchor(tag.name)}-title`} className="scroll-mt-4 space-y-2">
                <h2 id={`${anchor(tag.name)}-title`} className="text-sm font-semibold text-slate-900">
                  {tag.name}
                </h2>
                <ul className="space-y-2">
                  {tag.operations.map((op) => (
                    <OperationItem key={op.id} op={op} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
