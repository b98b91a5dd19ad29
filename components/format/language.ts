/**
 * A contact's language as the reader names it: "ar" → "arabe" in French, "fr" → "الفرنسية" in Arabic,
 * "en-GB" → "British English". The field is free text, so anything that is not a language code ("French",
 * "Darija") is shown as it was typed.
 */
export function languageName(value: string | null | undefined, locale: string): string | null {
  if (!value) return null;
  const code = value.trim();
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(code)) return value;
  try {
    const name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(code.replace(/_/g, "-"));
    return name && name.toLowerCase() !== code.toLowerCase() ? name : value;
  } catch {
    // Not a well-formed language tag after all.
    return value;
  }
}
