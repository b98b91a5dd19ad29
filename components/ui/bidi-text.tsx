import { Fragment, type ReactNode } from "react";
import { bidiParts } from "@/components/format/bidi";
import { cn } from "./cn";

/**
 * A translated sentence whose user-typed names were marked with `isolate()`: each name is rendered in its own
 * <bdi>, so that it keeps its direction (and the DOM text has no invisible marks); the rest as plain text.
 */
export function BidiText({ text }: { text: string }) {
  return (
    <>
      {bidiParts(text).map((part, i) =>
        typeof part === "string" ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <bdi key={i}>
            <BidiText text={part.isolated} />
          </bdi>
        ),
      )}
    </>
  );
}

/**
 * A name typed by people on one line, cut with "…" when too long. It takes its own direction (`dir="auto"`), so a
 * Latin name on an Arabic page reads left to right and loses its end, not its beginning, while the box still
 * sits at the start of the line (it is as wide as its text, up to the room there is).
 */
export function OneLine({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span dir="auto" className={cn("inline-block max-w-full truncate align-top", className)}>
      {children}
    </span>
  );
}
