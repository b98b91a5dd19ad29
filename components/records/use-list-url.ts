"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

/**
 * The list's state lives in the URL (`q`, `sort`, `page`) so that a list can be shared and reloaded.
 * `update` replaces some parameters (an empty value removes one) and re-renders the server page.
 */
export function useListUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const href = useCallback(
    (changes: Record<string, string | number | null>) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === "") next.delete(key);
        else next.set(key, String(value));
      }
      const query = next.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [params, pathname],
  );
  const update = useCallback(
    (changes: Record<string, string | number | null>) => startTransition(() => router.replace(href(changes), { scroll: false })),
    [router, href],
  );
  return { params, href, update, pending };
}
