import Link from "next/link";
import { automationMessages } from "@/components/automations/messages";
import { getT } from "@/components/i18n/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AutomationsIcon } from "@/components/ui/icons";

/** Another workspace's automation, a deleted one or a wrong link. */
export default async function AutomationNotFound() {
  const t = await getT(automationMessages);
  return (
    <Card>
      <EmptyState icon={<AutomationsIcon />} title={t("notFoundTitle")} description={t("notFoundText")} action={<Link href="/automations" className={buttonClasses("secondary")}>{t("back")}</Link>} />
    </Card>
  );
}
