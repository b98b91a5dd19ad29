import type { SelectHTMLAttributes } from "react";
import { cn } from "./cn";

/** The browser's own select, styled like Input (accessible and mobile-friendly for free). */
export function NativeSelect({ className, children, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      className={cn(
        "block h-9 rounded-lg border border-slate-300 bg-white ps-3 pe-8 text-sm text-slate-900 shadow-xs transition-colors hover:border-slate-400",
        "focus:border-indigo-500 focus:outline-none focus:ring-3 focus:ring-indigo-500/20 aria-invalid:border-red-500 disabled:bg-slate-50",
        className,
      )}
      {...rest}
    >
      {children}
    </select>
  );
}
