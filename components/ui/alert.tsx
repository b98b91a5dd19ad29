import type { ReactNode } from "react";
import { cn } from "./cn";

type Tone = "error" | "warning" | "info" | "success";

const tones: Record<Tone, string> = {
  error: "border-red-200 bg-red-50 text-red-800",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  info: "border-indigo-200 bg-indigo-50 text-indigo-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
};

/** A message about the whole form or page. Errors and warnings are announced at once (role="alert"). */
export function Alert({ tone = "error", title, children, className }: { tone?: Tone; title?: string; children?: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" || tone === "warning" ? "alert" : "status"} className={cn("rounded-lg border px-3.5 py-2.5 text-[13px]", tones[tone], className)}>
      {title && <p className="font-medium">{title}</p>}
      {children && <div className={cn(title && "mt-0.5 opacity-90")}>{children}</div>}
    </div>
  );
}
