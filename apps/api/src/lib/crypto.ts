import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Refuse to start when the national algorithms are missing or wrong (GB/T 32905-2016 vector). */
export function assertSm3Works(): void {
  const expected = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';
  let actual: string;
  try {
    actual = createHash('sm3').update('abc').digest('hex');
  } catch (err) {
    throw new Error(`SM3 is not available in this Node.js build: ${(err as Error).message}`);
  }
  if (actual !== expected) throw new Error('SM3 self-test failed: the digest of "abc" is wrong');
  // HMAC-SM3 must be a real keyed MAC: a different key must give a different MAC.
  if (hmacSm3('k1', 'abc') === hmacSm3('k2', 'abc')) throw new Error('HMAC-SM3 self-test failed');
}

export function hmacSm3(key: string, message: string): string {
  return createHmac('sm3', key).update(message, 'utf8').digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A password that meets the policy: used for generated initial passwords. */
export function generatePassword(): string {
  const body = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `Cb${body}7!`;
}
