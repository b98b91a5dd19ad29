"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { cn } from "./cn";

type Props = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons, laid out at the bottom end. */
  footer?: ReactNode;
  className?: string;
  /** False: Escape and backdrop clicks don't close it (for content that must not be lost by accident). */
  dismissible?: boolean;
};

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape and restores focus on close.
 * Controlled: the parent owns `open` and hears about every close through `onClose`.
 */
export function Dialog({ open, onClose, title, description, children, footer, className, dismissible = true }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      onClose={onClose}
      onCancel={(e) => !dismissible && e.preventDefault()}
      // A click on the backdrop lands on the <dialog> element itself.
      onClick={(e) => dismissible && e.target === e.currentTarget && onClose()}
      className={cn(
        // It inherits from where it sits in the DOM (a table cell, say): reset text layout.
        "m-auto w-[calc(100%-2rem)] max-w-lg whitespace-normal text-start rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl",
        className,
      )}
    >
      {open && (
        <div className="flex flex-col">
          <div className="px-5 pt-5">
            <h2 id={titleId} className="text-base font-semibold">
              {title}
            </h2>
            {description && (
              <p id={descId} className="mt-1 text-[13px] text-slate-500">
                {description}
              </p>
            )}
          </div>
          {children && <div className="px-5 pt-4">{children}</div>}
          {footer && <div className="mt-5 flex flex-wrap justify-end gap-2 border-t border-slate-100 bg-slate-50/60 px-5 py-3">{footer}</div>}
          {!footer && <div className="pb-5" />}
        </div>
      )}
    </dialog>
  );
}
