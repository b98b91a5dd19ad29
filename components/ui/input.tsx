import type { ComponentProps } from "react";
import { cn } from "./cn";

export const inputClasses =
  "block h-9 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-xs " +
  "placeholder:text-slate-400 transition-colors hover:border-slate-400 " +
  "focus:border-indigo-500 focus:outline-none focus:ring-3 focus:ring-indigo-500/20 " +
  "aria-invalid:border-red-500 aria-invalid:focus:ring-red-500/20 " +
  "disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500";

/** Accepts `ref` (React 19: a plain prop), e.g. to insert text at the cursor. */
export function Input({ className, ...rest }: ComponentProps<"input">) {
  return <input className={cn(inputClasses, className)} {...rest} />;
}
