import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * What a page shows when there is nothing (yet): a soft illustration built from the section's icon,
 * a title, one line of explanation and an optional action.
 */
export function EmptyState({
  icon,
  title,
  description,
  action,
  className,
}: {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("flex flex-col items-center justify-center px-6 py-14 text-center", className)}>
      <div aria-hidden="true" className="relative mb-5 flex size-24 items-center justify-center">
        <span className="absolute inset-0 rounded-full bg-indigo-50" />
        <span className="absolute inset-3 rounded-full bg-indigo-100/70" />
        <span className="absolute -end-1 top-3 size-3 rounded-full bg-indigo-200" />
        <span className="absolute -start-1 bottom-4 size-2 rounded-full bg-slate-200" />
        <span className="relative flex size-12 items-center justify-center rounded-xl bg-white text-indigo-600 shadow-sm ring-1 ring-indigo-100 [&_svg]:size-6">
          {icon}
        </span>
      </div>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <p className="mt-1.5 max-w-sm text-[13px] leading-relaxed text-slate-500">{description}</p>
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
