import { Fragment } from "react";
import { bidiParts } from "@/components/format/bidi";

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
