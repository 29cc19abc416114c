import fs from 'node:fs';
import path from 'node:path';
import { randomToken } from './crypto.js';

/**
 * The audit MAC key lives outside the database: from CHAINBOARD_AUDIT_KEY, or a file in the data
 * directory created on first use. Several API processes on one PostgreSQL must share the same key.
 */
export function loadAuditKey(configured: string | null, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'audit.key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = randomToken(32);
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
