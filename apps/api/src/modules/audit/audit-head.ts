/**
 * The audit chain's head: the last row's id and MAC and the number of rows, signed with the audit key.
 * It is kept in `audit_head` by every audit write, in the write's transaction, and copied every few
 * seconds to `<data dir>/audit.head`, so `audit verify` can tell a chain cut short from a whole one.
 */
import fs from 'node:fs';
import { hmacSm3, sameText } from '../../lib/crypto.js';

export type AuditHead = {
  lastId: number;
  rowCount: number;
  lastMac: string;
  /** HMAC-SM3 of a fixed label under the key that signs the head; null until the first process starts. */
  fingerprint: string | null;
  at: string;
  signature: string | null;
};

export const KEY_MISMATCH =
  '审计密钥与数据库记录的密钥指纹不一致：请使用与其他服务进程相同的 CHAINBOARD_AUDIT_KEY' +
  ' (the audit key does not match the key fingerprint recorded in the database: start every API process with the same CHAINBOARD_AUDIT_KEY)';
export const HEAD_MISSING =
  '审计链头记录（audit_head）缺失：审计日志可能被截断，请运行 chainboard audit verify 核查' +
  ' (the audit chain head row is missing: the audit trail may have been truncated; run chainboard audit verify)';

export class AuditKeyError extends Error {}

export function keyFingerprint(key: string): string {
  return hmacSm3(key, 'chainboard audit key fingerprint');
}

export function signHead(key: string, h: Omit<AuditHead, 'signature'>): string {
  return hmacSm3(key, JSON.stringify(['chainboard audit head', h.fingerprint, h.lastId, h.rowCount, h.lastMac, h.at]));
}

export function headSignedBy(key: string, h: AuditHead): boolean {
  return h.signature !== null && sameText(h.signature, signHead(key, h));
}

/** The checkpoint file: absent → null; present but not a head → 'unreadable'. */
export function readCheckpoint(file: string): AuditHead | null | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const h = JSON.parse(text) as AuditHead;
    const ok =
      Number.isInteger(h.lastId) &&
      Number.isInteger(h.rowCount) &&
      typeof h.lastMac === 'string' &&
      typeof h.at === 'string' &&
      typeof h.fingerprint === 'string' &&
      typeof h.signature === 'string';
    return ok ? h : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Written whole or not at all: a temporary file renamed over the old one, readable by its owner only. */
export function writeCheckpoint(file: string, head: AuditHead): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(head)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}
