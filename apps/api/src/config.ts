import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  adminPassword: string | null;
  /** Minutes of inactivity after which a session ends. */
  sessionIdleMinutes: number;
  /** Secret for the audit trail's HMAC-SM3 chain, kept outside the database. */
  auditKey: string | null;
  /** Serve the built web app from this folder when it exists. */
  webDist: string | null;
  trustProxy: boolean;
  demo: boolean;
  logLevel: string;
};

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.CHAINBOARD_DATA_DIR ?? path.join(repoRoot, 'data')),
    databaseUrl: env.DATABASE_URL || null,
    adminPassword: env.CHAINBOARD_ADMIN_PASSWORD || null,
    sessionIdleMinutes: intFrom(env.CHAINBOARD_SESSION_IDLE_MINUTES, 30, 'CHAINBOARD_SESSION_IDLE_MINUTES'),
    auditKey: env.CHAINBOARD_AUDIT_KEY || null,
    webDist: path.join(repoRoot, 'apps/web/dist'),
    trustProxy: env.CHAINBOARD_TRUST_PROXY === 'true',
    demo: env.CHAINBOARD_DEMO === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}
