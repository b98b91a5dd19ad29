import type { SelectHTMLAttributes } from "react";
import { cn } from "./cn";
import { inputClasses } from "./input";

/** A native select styled like the inputs (the browser gives keyboard and screen reader support). */
export function Select({ className, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn(inputClasses, "pe-8", className)} {...rest} />;
}
