/** A custom field as the lists and record pages show and edit it (built on the server, used by client components). */
export type CustomColumn = { name: string; label: string; type: string; options?: { value: string; label: string }[]; required?: boolean };

/** The page's columns from the field definitions (`listCustomFields`): name, label, type, choices, required. */
export function customColumns(fields: { fieldName: string; label: string; fieldType: string; isRequired?: boolean; options?: unknown }[]): CustomColumn[] {
  return fields.map((f) => {
    const choices = (f.options as { choices?: { value: string; label?: string }[] } | null)?.choices ?? [];
    return { name: f.fieldName, label: f.label, type: f.fieldType, options: choices.map((c) => ({ value: c.value, label: c.label || c.value })), required: f.isRequired ?? false };
  });
}
