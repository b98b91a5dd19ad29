"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/provider";
import { activityKeys, dealKeys } from "@/components/query/keys";
import type { PickedLink } from "@/components/tasks/link-picker";
import { taskMessages } from "@/components/tasks/messages";
import { TaskDialog } from "@/components/tasks/task-dialog";
import { Button } from "@/components/ui/button";
import { PlusIcon } from "@/components/ui/icons";

/** "New task" on a deal page: the tasks feature's dialog, prefilled with the deal, its contact and account. */
export function NewDealTask({ deal, contact, account }: { deal: NonNullable<PickedLink>; contact: PickedLink; account: PickedLink }) {
  const t = useT(taskMessages);
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        <PlusIcon className="size-4" />
        {t("newTask")}
      </Button>
      <TaskDialog
        open={open}
        onClose={() => setOpen(false)}
        defaults={{ deal, contact, account }}
        onSaved={() => {
          setOpen(false);
          router.refresh();
          void queryClient.invalidateQueries({ queryKey: activityKeys.timeline("deal", deal.id) });
          void queryClient.invalidateQueries({ queryKey: dealKeys.boards() });
        }}
      />
    </>
  );
}
