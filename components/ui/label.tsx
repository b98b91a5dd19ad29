import type { LabelHTMLAttributes } from "react";
import { cn } from "./cn";

export function Label({ className, children, ...rest }: LabelHTMLAttributes<HTMLLabelElement>) {
  return (
    <label className={cn("block text-[13px] font-medium text-slate-700", className)} {...rest}>
      {children}
    </label>
  );
}
