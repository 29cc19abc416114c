import { describe, expect, it } from 'vitest';
import { dueDate, lastDuePeriod, periodBounds, periodOf, previousPeriod } from './report-periods.js';

describe('report periods', () => {
  it('names months and quarters and their bounds', () => {
    expect(periodOf('2024-06-30', 1)).toBe('2024-06');
    expect(periodOf('2024-06-30', 3)).toBe('2024Q2');
    expect(periodBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodBounds('2024Q4')).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(previousPeriod('2024-01')).toBe('2023-12');
    expect(previousPeriod('2024Q1')).toBe('2023Q4');
  });

  it('a period is due five days after it ends', () => {
    expect(dueDate('2024-06')).toBe('2024-07-05');
    expect(lastDuePeriod('2024-07-05', 1)).toBe('2024-05');
    expect(lastDuePeriod('2024-07-06', 1)).toBe('2024-06');
    expect(lastDuePeriod('2024-07-06', 3)).toBe('2024Q2');
    expect(lastDuePeriod('2024-07-03', 3)).toBe('2024Q1');
  });
});
