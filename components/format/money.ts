/** "€15,000", "15 000 €", "١٥٬٠٠٠ د.م.": an amount in its currency for the locale; compact for totals ("€1.2M"). */
export function formatMoney(amount: number, currency: string, locale: string, opts: { compact?: boolean } = {}): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: opts.compact ? 1 : amount % 1 === 0 ? 0 : 2,
      ...(opts.compact ? { notation: "compact" as const } : {}),
    }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`;
  }
}
