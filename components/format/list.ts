/**
 * Several values as one phrase in the reader's language: "Won or Lost", "Gagnée ou Perdue", "رابحة أو خاسرة"
 * (disjunction), "A, B, and C", "A, B et C", "A وB وC" (conjunction). Never a Latin ", " in every language.
 */
export function formatList(items: readonly string[], locale: string, type: Intl.ListFormatType = "conjunction"): string {
  return listFormat(locale, type).format(items);
}

/**
 * The same phrase for items that are not plain text (links, badges): the reader's separators as strings, and
 * `{ item: i }` where the i-th item goes. `listParts(3, "ar")` → [{item: 0}, "، ", {item: 1}, " و", {item: 2}].
 */
export function listParts(count: number, locale: string, type: Intl.ListFormatType = "conjunction"): (string | { item: number })[] {
  let next = 0;
  return listFormat(locale, type)
    .formatToParts(Array.from({ length: count }, (_, i) => `#${i}`))
    .map((part) => (part.type === "element" ? { item: next++ } : part.value));
}

function listFormat(locale: string, type: Intl.ListFormatType): Intl.ListFormat {
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
  return format;
}

// Built once per locale and type: a summary formats a list per rule on every keystroke.
const listFormats = new Map<string, Intl.ListFormat>();
