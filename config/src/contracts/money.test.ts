import { formatMoney } from './money';

// Intl separates the sign from the amount with a no-break space: compare with plain spaces.
const plain = (s: string | null) => s?.replace(/\u00a0/g, ' ');

describe('money, one way everywhere', () => {
  it('writes balboas as Panama does, with two decimals', () => {
    expect(plain(formatMoney(1250000))).toBe('B/. 1,250,000.00');
    expect(plain(formatMoney('980.5'))).toBe('B/. 980.50');
    expect(plain(formatMoney(-0))).toBe('B/. 0.00');
  });

  it('writes dollars with their code, never a bare sign', () => {
    expect(plain(formatMoney(1250000, 'USD'))).toBe('USD 1,250,000.00');
  });

  it('gives the same figures in English', () => {
    expect(plain(formatMoney(285000, 'PAB', 'en'))).toBe('PAB 285,000.00');
  });

  it('is empty when there is no amount', () => {
    expect(formatMoney(null)).toBeNull();
    expect(formatMoney('')).toBeNull();
    expect(formatMoney('mucho')).toBeNull();
  });
});
