import type { Config } from './config.js';
import type { DatabaseKind, Db } from './db/database.js';
import type { Clock } from './lib/clock.js';
import type { AuditTrail } from './modules/audit/audit-trail.js';

/** What every service needs, built once by buildApp and passed down explicitly. */
export type Deps = {
  db: Db;
  kind: DatabaseKind;
  config: Config;
  audit: AuditTrail;
  /** Every "now" and "today" of the platform. */
  clock: Clock;
};

export function inTransaction<T>(deps: Deps, work: (trx: Db) => Promise<T>): Promise<T> {
  return deps.db.transaction().execute(work);
}
