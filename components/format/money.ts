/** "€15,000", "15 000 €", "١٥٬٠٠٠ د.م.": an amount in its currency for the locale; compact for totals ("€1.2M"). */
export function formatMoney(amount: number, currency: string, locale: string, opts: { compact?: boolean } = {}): string {
  const fraction = opts.compact ? 1 : amount % 1 === 0 ? 0 : 2;
  try {
    return numberFormat(`${locale}|${currency}|${fraction}|${opts.compact ? "c" : ""}`, () =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        minimumFractionDigits: 0,
        maximumFractionDigits: fraction,
        ...(opts.compact ? { notation: "compact" as const } : {}),
      }),
    ).format(amount);
  } catch {
    return `${numberFormat(locale, () => new Intl.NumberFormat(locale)).format(amount)} ${currency}`;
  }
}

// Building an Intl formatter costs far more than using one (cards and totals format hundreds of amounts
// per render), so each locale, currency and style is built once. An invalid currency throws and is not kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, build: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = build()));
  return format;
}
