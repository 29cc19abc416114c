import type { Config } from './config.js';
import type { DatabaseKind, Db } from './db/database.js';
import type { AuditTrail } from './modules/audit/audit-trail.js';

/** What every service needs, built once by buildApp and passed down explicitly. */
export type Deps = {
  db: Db;
  kind: DatabaseKind;
  config: Config;
  audit: AuditTrail;
};

export function inTransaction<T>(deps: Deps, work: (trx: Db) => Promise<T>): Promise<T> {
  return deps.db.transaction().execute(work);
}
