/**
 * The tamper-evident audit trail. Each row carries HMAC-SM3 over its content and the previous row's
 * MAC, keyed by a secret kept outside the database: editing, removing or reordering a row breaks the
 * chain, and `chainboard audit verify` finds it.
 */
import type { AuditAction, AuditVerifyResult } from '@chainboard/contracts';
import type { DatabaseKind, Db } from '../../db/database.js';
import { lockForAuditChain } from '../../db/dialect.js';
import type { Clock } from '../../lib/clock.js';
import { hmacSm3 } from '../../lib/crypto.js';
import type { Actor } from '../../policy/actor.js';
import { type AuditRow, auditRepository } from './audit.repository.js';

export const GENESIS_MAC = '0'.repeat(64);

export type AuditEvent = {
  actor: Actor | null;
  /** For events without a logged-in actor (a failed login), the name that was tried. */
  username?: string;
  ip: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
};

type MacFields = Pick<
  AuditRow,
  | 'at'
  | 'actor_user_id'
  | 'actor_username'
  | 'organisation_id'
  | 'action'
  | 'entity_type'
  | 'entity_id'
  | 'before_json'
  | 'after_json'
  | 'ip'
  | 'prev_mac'
>;

function macOf(key: string, r: MacFields): string {
  const content = JSON.stringify([
    r.at,
    r.actor_user_id === null ? null : Number(r.actor_user_id),
    r.actor_username,
    r.organisation_id === null ? null : Number(r.organisation_id),
    r.action,
    r.entity_type,
    r.entity_id,
    r.before_json,
    r.after_json,
    r.ip,
    r.prev_mac,
  ]);
  return hmacSm3(key, content);
}

export class AuditTrail {
  constructor(
    private readonly key: string,
    private readonly kind: DatabaseKind,
    private readonly clock: Clock,
  ) {}

  /** Call inside the transaction that makes the change, so both land or neither does. */
  async record(trx: Db, e: AuditEvent): Promise<void> {
    await lockForAuditChain(trx, this.kind);
    const prev = (await auditRepository.lastMac(trx)) ?? GENESIS_MAC;
    const realActor = e.actor && e.actor.userId > 0 ? e.actor : null;
    const row: MacFields = {
      at: this.clock.nowIso(),
      actor_user_id: realActor?.userId ?? null,
      actor_username: e.actor?.username ?? e.username ?? null,
      organisation_id: realActor?.organisationId ?? null,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId === null ? null : String(e.entityId),
      before_json: e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
      after_json: e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
      ip: e.ip,
      prev_mac: prev,
    };
    await auditRepository.insert(trx, { ...row, mac: macOf(this.key, row) });
  }

  async verify(db: Db): Promise<AuditVerifyResult> {
    const problems: AuditVerifyResult['problems'] = [];
    let expectedPrev = GENESIS_MAC;
    let lastId = 0;
    let checked = 0;
    for (;;) {
      const rows = await auditRepository.batchAfter(db, lastId, 1000);
      if (rows.length === 0) break;
      for (const row of rows) {
        const id = Number(row.id);
        if (row.prev_mac !== expectedPrev) {
          problems.push({ id, problem: '与前一条记录的链接不符：其前有记录被删除、插入或调换了顺序' });
        }
        if (macOf(this.key, row) !== row.mac) {
          problems.push({ id, problem: '记录内容与其校验码不符：该记录被修改过' });
        }
        expectedPrev = row.mac;
        lastId = id;
        checked++;
      }
    }
    return { ok: problems.length === 0, checked, problems };
  }
}
