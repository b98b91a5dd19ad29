/**
 * Several values as one phrase in the reader's language: "Won or Lost", "Gagnée ou Perdue", "رابحة أو خاسرة"
 * (disjunction), "A, B, and C", "A, B et C", "A وB وC" (conjunction). Never a Latin ", " in every language.
 */
export function formatList(items: readonly string[], locale: string, type: Intl.ListFormatType = "conjunction"): string {
  const key = `${locale}|${type}`;
  let format = listFormats.get(key);
  if (!format) {
    try {
      format = new Intl.ListFormat(locale, { type, style: "long" });
    } catch {
      format = new Intl.ListFormat("en", { type, style: "long" });
    }
    listFormats.set(key, format);
  }
  return format.format(items);
}

// Built once per locale and type: a summary formats a list per rule on every keystroke.
const listFormats = new Map<string, Intl.ListFormat>();
