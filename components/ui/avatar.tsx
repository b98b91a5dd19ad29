import { cn } from "./cn";

// Written out in full so that Tailwind sees every class.
const palettes = [
  "bg-indigo-100 text-indigo-700",
  "bg-sky-100 text-sky-700",
  "bg-emerald-100 text-emerald-700",
  "bg-amber-100 text-amber-800",
  "bg-rose-100 text-rose-700",
  "bg-violet-100 text-violet-700",
];

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => Array.from(w)[0]!.toUpperCase()).join("").slice(0, 2) || "?";
}

function paletteFor(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return palettes[h % palettes.length]!;
}

/** Initials on a colour derived from `seed` (an email or id), so a person keeps their colour everywhere. */
export function Avatar({ name, seed, size = "md", className }: { name: string; seed?: string; size?: "sm" | "md"; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "inline-flex shrink-0 select-none items-center justify-center rounded-full font-semibold",
        size === "sm" ? "size-6 text-[10px]" : "size-8 text-xs",
        paletteFor(seed ?? name),
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}
