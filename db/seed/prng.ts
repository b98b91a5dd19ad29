/**
 * A small seeded pseudo-random generator (mulberry32), so that the demo workspace is the same on every
 * machine and every run: same names, amounts, stages and date offsets.
 */
export type Rng = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** An item chosen with probability proportional to its weight. */
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle: <T>(items: readonly T[]) => T[];
};

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[int(0, items.length - 1)]!;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

const DAY_MS = 86_400_000;

/** `days` (may be fractional or negative) after `from`. */
export const addDays = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

/** A calendar date as PostgreSQL's `date` expects it: YYYY-MM-DD (UTC). */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** `days` after today at hh:mm (UTC), for due dates that land on working hours. */
export function dayAt(now: Date, days: number, hour: number, minute: number): Date {
  const d = addDays(now, days);
  d.setUTCHours(hour, minute, 0, 0);
  return d;
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * The i-th fractional-index key of a column, as the usual algorithm (rocicorp/fractional-indexing's
 * generateKeyBetween(last, null)) appends them: a0 … az, then b00 … bzz. Its digits are in byte order,
 * so the keys sort the same in JavaScript and under COLLATE "C", and a later move can always find a key
 * between two of them.
 */
export function positionKey(i: number): string {
  if (i < 62) return `a${BASE62[i]}`;
  const j = i - 62;
  if (j >= 62 * 62) throw new Error("positionKey: too many cards in one column");
  return `b${BASE62[Math.floor(j / 62)]}${BASE62[j % 62]}`;
}
