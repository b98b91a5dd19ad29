/**
 * Fractional indexing for the order of the cards in a stage column, compatible with rocicorp's
 * `fractional-indexing` package (base-62 digits): keys like "a0", "a1", "Zz", "a0V", compared byte by
 * byte (the column is `COLLATE "C"`). A key is an integer part (its head letter gives its length: "a" → 2
 * characters, "b" → 3, …, "Z" → 2, "Y" → 3, …) followed by an optional fraction without trailing zeros.
 * The demo seed numbers its columns with this scheme's integers: a0 … az, b00, b01 ….
 */
export const BASE_62_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

const ZERO = BASE_62_DIGITS[0]!;
const LAST = BASE_62_DIGITS[BASE_62_DIGITS.length - 1]!;
/** The smallest integer part; a key equal to it leaves no room below, so it is not a valid key. */
const SMALLEST_INTEGER = "A" + ZERO.repeat(26);
const INTEGER_ZERO = "a" + ZERO;

const digitAt = (s: string, i: number) => s.charAt(i);
const indexOfDigit = (d: string) => BASE_62_DIGITS.indexOf(d);

/** A fraction strictly between `a` and `b` (`b` null = no upper bound); both without trailing zeros. */
function midpoint(a: string, b: string | null): string {
  if (b !== null && a >= b) throw new Error(`${a} >= ${b}`);
  if (a.slice(-1) === ZERO || (b !== null && b.slice(-1) === ZERO)) throw new Error("trailing zero");
  if (b !== null) {
    // Skip the common prefix, reading `a` as padded with zeros.
    let n = 0;
    while ((digitAt(a, n) || ZERO) === digitAt(b, n)) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a ? indexOfDigit(digitAt(a, 0)) : 0;
  const digitB = b !== null ? indexOfDigit(digitAt(b, 0)) : BASE_62_DIGITS.length;
  if (digitB - digitA > 1) return BASE_62_DIGITS[Math.round(0.5 * (digitA + digitB))]!;
  // The first digits are consecutive.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return BASE_62_DIGITS[digitA]! + midpoint(a.slice(1), null);
}

function integerLength(head: string): number {
  if (head >= "a" && head <= "z") return head.charCodeAt(0) - "a".charCodeAt(0) + 2;
  if (head >= "A" && head <= "Z") return "Z".charCodeAt(0) - head.charCodeAt(0) + 2;
  throw new Error(`invalid order key head: ${head}`);
}

function integerPart(key: string): string {
  const length = integerLength(key.charAt(0));
  if (length > key.length) throw new Error(`invalid order key: ${key}`);
  return key.slice(0, length);
}

/** Throws unless `key` is a well-formed order key. */
export function validateOrderKey(key: string): void {
  if (key === SMALLEST_INTEGER) throw new Error(`invalid order key: ${key}`);
  const int = integerPart(key);
  if (key.slice(int.length).slice(-1) === ZERO) throw new Error(`invalid order key: ${key}`);
}

/** The next integer part, or null past "zzz…z". */
function incrementInteger(x: string): string | null {
  const head = x.charAt(0);
  const digits = x.slice(1).split("");
  let carry = true;
  for (let i = digits.length - 1; carry && i >= 0; i--) {
    const d = indexOfDigit(digits[i]!) + 1;
    if (d === BASE_62_DIGITS.length) digits[i] = ZERO;
    else {
      digits[i] = BASE_62_DIGITS[d]!;
      carry = false;
    }
  }
  if (!carry) return head + digits.join("");
  if (head === "Z") return INTEGER_ZERO;
  if (head === "z") return null;
  const next = String.fromCharCode(head.charCodeAt(0) + 1);
  if (next > "a") digits.push(ZERO);
  else digits.pop();
  return next + digits.join("");
}

/** The previous integer part, or null below "A000…0". */
function decrementInteger(x: string): string | null {
  const head = x.charAt(0);
  const digits = x.slice(1).split("");
  let borrow = true;
  for (let i = digits.length - 1; borrow && i >= 0; i--) {
    const d = indexOfDigit(digits[i]!) - 1;
    if (d === -1) digits[i] = LAST;
    else {
      digits[i] = BASE_62_DIGITS[d]!;
      borrow = false;
    }
  }
  if (!borrow) return head + digits.join("");
  if (head === "a") return "Z" + LAST;
  if (head === "A") return null;
  const previous = String.fromCharCode(head.charCodeAt(0) - 1);
  if (previous < "Z") digits.push(LAST);
  else digits.pop();
  return previous + digits.join("");
}

/**
 * A key that sorts strictly between `a` and `b`; null means "no neighbour on that side", so
 * `generateKeyBetween(null, first)` is the top of a column and `generateKeyBetween(last, null)` its end.
 */
export function generateKeyBetween(a: string | null, b: string | null): string {
  if (a !== null) validateOrderKey(a);
  if (b !== null) validateOrderKey(b);
  if (a !== null && b !== null && a >= b) throw new Error(`${a} >= ${b}`);
  if (a === null) {
    if (b === null) return INTEGER_ZERO;
    const ib = integerPart(b);
    const fb = b.slice(ib.length);
    if (ib === SMALLEST_INTEGER) return ib + midpoint("", fb);
    if (ib < b) return ib;
    const previous = decrementInteger(ib);
    if (previous === null) throw new Error("cannot decrement any more");
    return previous;
  }
  const ia = integerPart(a);
  const fa = a.slice(ia.length);
  if (b === null) {
    const next = incrementInteger(ia);
    return next === null ? ia + midpoint(fa, null) : next;
  }
  const ib = integerPart(b);
  const fb = b.slice(ib.length);
  if (ia === ib) return ia + midpoint(fa, fb);
  const next = incrementInteger(ia);
  if (next === null) throw new Error("cannot increment any more");
  return next < b ? next : ia + midpoint(fa, null);
}
