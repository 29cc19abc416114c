/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (no I, O, S, V, Z), the
 * last a check character computed from the first 17 with fixed weights, modulo 31.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Why a code is not a valid 统一社会信用代码, in words a clerk can act on; null when it is valid. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `统一社会信用代码应为 18 位，当前为 ${code.length} 位`;
  const bad = [...code].find((c) => !CHARSET.includes(c));
  if (bad !== undefined) return `统一社会信用代码含有不允许的字符“${bad}”（不使用 I、O、S、V、Z）`;
  if (!/^\d{6}$/.test(code.slice(2, 8))) return '统一社会信用代码第 3-8 位应为行政区划代码（6 位数字）';
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return `统一社会信用代码校验位错误：第 18 位应为“${expected}”`;
  return null;
}

export function isCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
