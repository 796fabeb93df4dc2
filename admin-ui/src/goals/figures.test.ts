import { budgetExecution, indicatorProgress, toNumber } from './figures';

describe('indicatorProgress', () => {
  it('measures the way from the baseline to the target', () => {
    expect(indicatorProgress(0, 200, 50)).toBe(25);
    expect(indicatorProgress('10', '20', '15')).toBe(50);
  });

  it('works for indicators that must go down', () => {
    expect(indicatorProgress(40, 10, 25)).toBe(50);
  });

  it('stays between 0 and 100', () => {
    expect(indicatorProgress(0, 100, 130)).toBe(100);
    expect(indicatorProgress(0, 100, -5)).toBe(0);
  });

  it('says nothing when a value is missing or the target equals the baseline', () => {
    expect(indicatorProgress(null, 100, 50)).toBeNull();
    expect(indicatorProgress(0, 100, '')).toBeNull();
    expect(indicatorProgress(5, 5, 5)).toBeNull();
  });
});

describe('budgetExecution', () => {
  it('is executed over planned, overspending included', () => {
    expect(budgetExecution(1000, 250)).toBe(25);
    expect(budgetExecution('1000', '1200')).toBe(120);
    expect(budgetExecution(1000, null)).toBe(0);
  });

  it('says nothing without a planned budget', () => {
    expect(budgetExecution(0, 100)).toBeNull();
    expect(budgetExecution(null, 100)).toBeNull();
  });
});

describe('toNumber', () => {
  it('reads numbers and numeric text, nothing else', () => {
    expect(toNumber(3)).toBe(3);
    expect(toNumber('3.5')).toBe(3.5);
    expect(toNumber('')).toBeNull();
    expect(toNumber('abc')).toBeNull();
    expect(toNumber(undefined)).toBeNull();
  });
});
