import { isIP } from 'node:net';
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
  /**
   * Which peers may tell the client's address in X-Forwarded-For: none (false), the nearest N hops,
   * or the proxies at these addresses or CIDRs. Fastify derives request.ip from it.
   */
  trustProxy: false | number | string[];
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
    trustProxy: trustProxyFrom(env.CHAINBOARD_TRUST_PROXY),
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

/** `false`, a hop count, or a comma-separated list of proxy addresses or CIDRs; never "trust everyone". */
export function trustProxyFrom(value: string | undefined): false | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') {
    throw new Error(
      'CHAINBOARD_TRUST_PROXY=true would trust every X-Forwarded-For hop, so any client could choose its own address: ' +
        "give the reverse proxy's address (e.g. 127.0.0.1 or 10.0.0.0/8, comma-separated) or the number of proxy hops (e.g. 1)",
    );
  }
  if (/^\d+$/.test(text)) return Number(text);
  const list = text.split(',').map((s) => s.trim());
  for (const entry of list) {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const max = family === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= max);
    if (!family || !bitsOk || rest.length > 0) {
      throw new Error(
        `CHAINBOARD_TRUST_PROXY must be false, a hop count or a comma-separated list of proxy addresses or CIDRs, got "${entry}"`,
      );
    }
  }
  return list;
}

/**
 * Fastify's own hop count trusts no hop (it cannot check the nearest peer), so a count becomes a
 * function trusting that many hops nearest the server, as proxy-addr numbers them.
 */
export function fastifyTrustProxy(trust: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
