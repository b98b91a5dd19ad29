/** Where to go after signing in: only a path on this site ("/deals?x=1"), never "//evil.test" or a full URL. */
export function safeCallbackUrl(raw: unknown, fallback = "/board"): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Never back to the auth pages themselves.
  if (/^\/(login|signup)(\/|\?|$)/.test(value)) return fallback;
  return value;
}
