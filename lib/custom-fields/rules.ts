import type { CustomFieldType } from "@/db/schema";
import { ruleField } from "@/lib/errors";
import type { FieldOptions } from "./schemas";

/** Select types need at least one choice, with distinct values; bounds must be in order. */
export function checkOptions(type: CustomFieldType, options: FieldOptions): void {
  if (type === "select" || type === "multiselect") {
    const values = (options.choices ?? []).map((c) => c.value);
    if (values.length === 0) throw ruleField("options.choices", `a ${type} field needs at least one choice`, "needs_choice");
    const dup = values.find((v, i) => values.indexOf(v) !== i);
    if (dup) throw ruleField("options.choices", `"${dup}" appears twice`, "choice_twice", { choice: dup });
  }
  if (options.min !== undefined && options.max !== undefined && options.min > options.max) throw ruleField("options.max", "must be at least min", "min_above_max");
}
