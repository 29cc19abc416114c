import { describe, expect, it } from 'vitest';
import { lastEndedQuarter, quarterOf } from './periods.js';

describe('quarters of a day', () => {
  it('names the quarter a day falls in', () => {
    expect(quarterOf('2024-01-01')).toBe('2024Q1');
    expect(quarterOf('2024-08-15')).toBe('2024Q3');
    expect(quarterOf('2024-12-31')).toBe('2024Q4');
  });

  it('the last quarter ended counts a quarter ended on its last day, and crosses the year', () => {
    expect(lastEndedQuarter('2024-08-15')).toBe('2024Q2');
    expect(lastEndedQuarter('2024-09-30')).toBe('2024Q3');
    expect(lastEndedQuarter('2024-10-01')).toBe('2024Q3');
    expect(lastEndedQuarter('2025-02-10')).toBe('2024Q4');
    expect(lastEndedQuarter('2024-12-31')).toBe('2024Q4');
  });
});
