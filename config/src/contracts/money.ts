import type { Locale } from './labels';

/**
 * Money, written the same way in the back office, the public site and the reports: the
 * municipality's convention (Panama: "B/. 1,250,000.00"), in the reader's language.
 */
export const CURRENCIES = ['PAB', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Spanish is written as in Panama (thousands with commas, decimals with a point), English as in the US. */
const NUMBER_LOCALES: Record<Locale, string> = { es: 'es-PA', en: 'en-US' };

const formats = new Map<string, Intl.NumberFormat>();

const amountOf = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  // Decimals arrive as strings from the database ("980.50").
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
};

/** "B/. 1,250,000.00" (or "USD 1,250,000.00"); null when there is no amount. */
export function formatMoney(value: unknown, currency: Currency = 'PAB', locale: Locale = 'es'): string | null {
  const n = amountOf(value);
  if (n === null) return null;
  const tag = Object.hasOwn(NUMBER_LOCALES, locale) ? NUMBER_LOCALES[locale] : NUMBER_LOCALES.es;
  const key = `${tag}|${currency}`;
  let f = formats.get(key);
  if (!f) {
    // The balboa has its own sign; a dollar amount says USD, never a bare "$" that reads as pesos elsewhere.
    f = new Intl.NumberFormat(tag, { style: 'currency', currency, currencyDisplay: currency === 'PAB' ? 'symbol' : 'code' });
    formats.set(key, f);
  }
  // -0 would print as "-B/. 0.00".
  return f.format(n === 0 ? 0 : n);
}
