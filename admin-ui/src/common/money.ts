import { formatMoney } from '@sigobito/config/contracts';

/** An amount as the public site writes it ("B/. 285,000.00"), in the back office's language; "—" when there is none. */
export const moneyIn = (locale: string | undefined) => (value: unknown): string => formatMoney(value, 'PAB', locale === 'en' ? 'en' : 'es') ?? '—';
