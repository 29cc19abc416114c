import { describe, expect, it } from 'vitest';
import { creditCodeProblem } from './credit-code.js';

describe('统一社会信用代码', () => {
  it('accepts published codes', () => {
    // codes printed on public business licences
    for (const code of ['91110000802100433B', '914403001922038216', '91350100M000100Y43']) {
      expect(creditCodeProblem(code), code).toBeNull();
    }
  });

  it('names the right check character when it is wrong', () => {
    expect(creditCodeProblem('91110000802100433C')).toBe('统一社会信用代码校验位错误：第 18 位应为“B”');
  });

  it('refuses wrong length and characters outside the set', () => {
    expect(creditCodeProblem('9111000080210043')).toContain('18 位');
    expect(creditCodeProblem('91110000802100433I')).toContain('“I”');
    expect(creditCodeProblem('91AB0000802100433B')).toContain('行政区划代码');
  });
});
