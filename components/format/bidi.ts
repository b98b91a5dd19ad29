/**
 * Bidi isolation of text typed by users (automation, step, field, stage names; values) inside a translated
 * sentence: FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain-text equivalent of <bdi>. Each name keeps
 * its own direction, so a Latin name does not scramble an Arabic sentence (and an Arabic name an English one).
 */
export const FSI = "\u2068";
export const PDI = "\u2069";

export const isolate = (text: string): string => `${FSI}${text}${PDI}`;

/** A sentence's text and its isolated names, in order: ["Action · ", {isolated: "Call"}, ": required"]. Nested isolates stay inside their outer name. */
export type BidiPart = string | { isolated: string };

export function bidiParts(text: string): BidiPart[] {
  const parts: BidiPart[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === FSI) {
      if (depth === 0) {
        if (current) parts.push(current);
        current = "";
      } else current += ch;
      depth++;
    } else if (ch === PDI && depth > 0) {
      depth--;
      if (depth === 0) {
        parts.push({ isolated: current });
        current = "";
      } else current += ch;
    } else current += ch;
  }
  // An isolate left open runs to the end of the text, as the Unicode algorithm reads it.
  if (current) parts.push(depth > 0 ? { isolated: current } : current);
  return parts;
}
