import Link from "next/link";
import { dealMessages } from "@/components/deal/messages";
import { getT } from "@/components/i18n/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DealsIcon } from "@/components/ui/icons";

/** Another workspace's deal, a deleted one or a wrong link. */
export default async function DealNotFound() {
  const t = await getT(dealMessages);
  return (
    <Card>
      <EmptyState icon={<DealsIcon />} title={t("notFoundTitle")} description={t("notFoundText")} action={<Link href="/deals" className={buttonClasses("secondary")}>{t("back")}</Link>} />
    </Card>
  );
}
