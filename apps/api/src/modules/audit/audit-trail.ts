/**
 * The tamper-evident audit trail. Each row carries HMAC-SM3 over its content and the previous row's
 * MAC, keyed by a secret kept outside the database: editing, removing or reordering a row breaks the
 * chain, and `chainboard audit verify` finds it. The chain's signed head (audit-head.ts) shows rows
 * cut from its end.
 */
import type { AuditAction, AuditVerifyResult } from '@chainboard/contracts';
import type { DatabaseKind, Db } from '../../db/database.js';
import { lockForAuditChain } from '../../db/dialect.js';
import type { Clock } from '../../lib/clock.js';
import { hmacSm3 } from '../../lib/crypto.js';
import type { Actor } from '../../policy/actor.js';
import { type AuditRow, auditRepository } from './audit.repository.js';
import {
  type AuditHead,
  AuditKeyError,
  HEAD_MISSING,
  headSignedBy,
  KEY_MISMATCH,
  keyFingerprint,
  readCheckpoint,
  signHead,
  writeCheckpoint,
} from './audit-head.js';

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
  private readonly fingerprint: string;

  constructor(
    private readonly key: string,
    private readonly kind: DatabaseKind,
    private readonly clock: Clock,
    /** Where the head is checkpointed outside the database (`<data dir>/audit.head`); null: nowhere. */
    private readonly checkpointFile: string | null = null,
  ) {
    this.fingerprint = keyFingerprint(key);
  }

  /**
   * At start-up, before serving: refuses a key other than the one the database's trail is signed
   * with, and signs the head a migration left unsigned (the first process to start claims the trail).
   */
  async open(db: Db): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await lockForAuditChain(trx, this.kind);
      await this.headFor(trx);
    });
  }

  /** Call inside the transaction that makes the change, so both land or neither does. */
  async record(trx: Db, e: AuditEvent): Promise<void> {
    await lockForAuditChain(trx, this.kind);
    const head = await this.headFor(trx);
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
      // the chain continues from its recorded head, so rows cut from the tail also break the next link
      prev_mac: head.lastMac,
    };
    const mac = macOf(this.key, row);
    const id = await auditRepository.insert(trx, { ...row, mac });
    await auditRepository.setHead(trx, this.signed({ ...head, lastId: id, rowCount: head.rowCount + 1, lastMac: mac, at: row.at }));
  }

  /**
   * Copies the database's head to the checkpoint file, unless the file records a longer chain or a
   * last row the database no longer holds: a truncated trail must not overwrite the evidence.
   */
  async checkpoint(db: Db): Promise<'written' | 'unchanged' | 'kept'> {
    if (!this.checkpointFile) return 'unchanged';
    const head = await auditRepository.head(db);
    if (!head || head.fingerprint !== this.fingerprint || !headSignedBy(this.key, head)) return 'kept';
    const current = readCheckpoint(this.checkpointFile);
    if (current && current !== 'unreadable') {
      if (current.lastId === head.lastId && current.rowCount === head.rowCount) return 'unchanged';
      if (current.lastId > head.lastId || current.rowCount > head.rowCount) return 'kept';
      if (current.lastId > 0 && (await auditRepository.macAt(db, current.lastId)) !== current.lastMac) return 'kept';
    }
    writeCheckpoint(this.checkpointFile, head);
    return 'written';
  }

  /** Checkpoints every `everyMs` until the returned function is called (which checkpoints once more). */
  checkpointEvery(db: Db, everyMs: number, onError: (err: unknown) => void): () => Promise<void> {
    const timer = setInterval(() => void this.checkpoint(db).catch(onError), everyMs);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await this.checkpoint(db).catch(onError);
    };
  }

  async verify(db: Db): Promise<AuditVerifyResult> {
    const problems: AuditVerifyResult['problems'] = [];
    const head = await auditRepository.head(db);
    if (head?.fingerprint && head.fingerprint !== this.fingerprint) {
      return { ok: false, checked: 0, problems: [{ id: head.lastId, problem: KEY_MISMATCH }] };
    }
    // the points the chain must pass through: the database's head and the checkpoint file's
    const points: { what: string; head: AuditHead; seenAt?: number; seenMac?: string }[] = [];
    if (!head) problems.push({ id: 0, problem: '链头记录（audit_head）缺失：无法确认审计日志末尾未被删除' });
    else if (head.fingerprint && !headSignedBy(this.key, head)) {
      problems.push({ id: head.lastId, problem: '链头记录（audit_head）的签名不符：链头被改动过' });
    } else points.push({ what: '链头记录', head });
    const file = this.checkpointFile ? readCheckpoint(this.checkpointFile) : null;
    if (file === 'unreadable' || (file && (file.fingerprint !== this.fingerprint || !headSignedBy(this.key, file)))) {
      problems.push({ id: 0, problem: `检查点文件 ${this.checkpointFile} 无法读取或签名不符：检查点被改动过` });
    } else if (file) points.push({ what: `检查点文件（${file.at}）`, head: file });

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
        for (const p of points) {
          if (p.head.lastId === id) {
            p.seenAt = checked;
            p.seenMac = row.mac;
          }
        }
      }
    }
    for (const { what, head: h, seenAt, seenMac } of points) {
      if (h.rowCount === 0) continue;
      if (seenAt === undefined) {
        const missing = Math.max(h.rowCount - checked, 1);
        problems.push({
          id: h.lastId,
          problem: `${what}记载共 ${h.rowCount} 条、最后一条为 #${h.lastId}，该记录已不存在：审计日志末尾至少 ${missing} 条记录被删除`,
        });
      } else if (seenMac !== h.lastMac) {
        problems.push({ id: h.lastId, problem: `${what}记载的最后一条记录 #${h.lastId} 与其校验码不符：该记录被替换过` });
      } else if (seenAt !== h.rowCount) {
        problems.push({
          id: h.lastId,
          problem: `${what}记载到 #${h.lastId} 为止共 ${h.rowCount} 条，现存 ${seenAt} 条：有 ${Math.abs(h.rowCount - seenAt)} 条记录被删除或插入`,
        });
      }
    }
    // rows past the head were written without it: read the head again, writes may have landed meanwhile
    const after = await auditRepository.head(db);
    if (after && lastId > after.lastId) {
      problems.push({ id: lastId, problem: `记录 #${after.lastId} 之后的记录未登记到链头：它们不是由本平台写入的` });
    }
    return { ok: problems.length === 0, checked, problems };
  }

  /** The head under the audit lock, checked against this process's key; claims an unsigned head. */
  private async headFor(trx: Db): Promise<AuditHead> {
    const head = await auditRepository.head(trx);
    if (!head) throw new AuditKeyError(HEAD_MISSING);
    if (head.fingerprint === null) {
      const claimed = this.signed(head);
      await auditRepository.setHead(trx, claimed);
      return claimed;
    }
    if (head.fingerprint !== this.fingerprint) throw new AuditKeyError(KEY_MISMATCH);
    return head;
  }

  private signed(h: AuditHead): AuditHead {
    const unsigned = { ...h, fingerprint: this.fingerprint };
    return { ...unsigned, signature: signHead(this.key, unsigned) };
  }
}
