import Link from "next/link";
import { getT } from "@/components/i18n/server";
import { pageMessages } from "@/components/shell/page-messages";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { CompassIcon } from "@/components/ui/icons";

export default async function NotFound() {
  const t = await getT(pageMessages);
  return (
    <main className="flex min-h-dvh items-center justify-center bg-slate-50 p-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white shadow-sm">
        <EmptyState
          icon={<CompassIcon />}
          title={t("notFound.title")}
          description={t("notFound.description")}
          action={
            <Link href="/board" className={buttonClasses("primary")}>
              {t("notFound.back")}
            </Link>
          }
        />
      </div>
    </main>
  );
}
