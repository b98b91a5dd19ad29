/**
 * The colon after a label ("Summary: …", "Résumé : …", "الملخص: …"): French puts a no-break space before it.
 * For labels built in code; translated sentences carry their own punctuation.
 */
export const colon = (locale: string): string => (locale === "fr" || locale.startsWith("fr-") ? "\u00a0: " : ": ");

/** "Label: value" with the reader's colon. */
export const labelled = (label: string, value: string, locale: string): string => `${label}${colon(locale)}${value}`;
