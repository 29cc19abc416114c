import type { OrgType } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../context.js';
import type { Db } from '../db/database.js';
import { generatePassword } from '../lib/crypto.js';
import { hashPassword } from '../lib/passwords.js';
import { chainsRepository } from '../modules/chains/chains.repository.js';
import { organisationsRepository } from '../modules/organisations/organisations.repository.js';
import { PLAN_2024_FILE, plansService } from '../modules/plans/plans.service.js';
import { usersRepository } from '../modules/users/users.repository.js';
import { SYSTEM_ACTOR } from '../policy/actor.js';
import { ADMIN_USERNAME, CHAINS_2024, CITY_NAMES, DEPARTMENTS, OFFICE_NAME } from './reference-data.js';

export type SeedResult = { created: number; adminPassword: string | null };

/** Writes what is missing of the reference data; running it again changes nothing. */
export async function seedReference(deps: Deps, opts: { adminPassword: string | null }): Promise<SeedResult> {
  let created = 0;
  const record = (trx: Db, entityType: string, entityId: number, after: unknown) =>
    deps.audit.record(trx, { actor: SYSTEM_ACTOR, ip: null, action: 'create', entityType, entityId, after });

  let adminPassword: string | null = null;
  await inTransaction(deps, async (trx) => {
    const now = deps.clock.nowIso();
    const ensureOrg = async (name: string, type: OrgType): Promise<number> => {
      const existing = await organisationsRepository.findByName(trx, name);
      if (existing) return existing.id;
      const id = await organisationsRepository.insert(trx, {
        name,
        type,
        parent_id: null,
        retired: false,
        created_at: now,
        updated_at: now,
      });
      await record(trx, 'organisation', id, { name, type });
      created++;
      return id;
    };

    const officeId = await ensureOrg(OFFICE_NAME, 'office');
    for (const name of CITY_NAMES) await ensureOrg(name, 'city');
    for (const d of DEPARTMENTS) await ensureOrg(d.name, d.type);

    for (const c of CHAINS_2024) {
      const exists = await trx.selectFrom('chains').select('id').where('code', '=', c.code).executeTakeFirst();
      if (exists) continue;
      const row = await trx
        .insertInto('chains')
        .values({
          code: c.code,
          name: c.name,
          batch: c.batch,
          status: 'key',
          leader_name: null,
          leader_post: null,
          leader_user_id: null,
          lead_unit_id: null,
          notes: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // key since its batch year, as the notice lists the batches
      await chainsRepository.setStatus(trx, Number(row.id), 'key', `${c.batch}-01-01`, now, 'system');
      await record(trx, 'chain', Number(row.id), c);
      created++;
    }

    if (!(await usersRepository.findByUsername(trx, ADMIN_USERNAME))) {
      adminPassword = opts.adminPassword ?? generatePassword();
      const id = await usersRepository.insert(trx, {
        username: ADMIN_USERNAME,
        display_name: '系统管理员',
        organisation_id: officeId,
        password_hash: await hashPassword(adminPassword),
        must_change_password: true,
        failed_attempts: 0,
        locked_until: null,
        disabled: false,
        last_login_at: null,
        created_at: now,
        updated_at: now,
      });
      await usersRepository.setRoles(trx, id, ['sysAdmin']);
      await record(trx, 'user', id, { username: ADMIN_USERNAME, roles: ['sysAdmin'] });
      created++;
    }
  });
  // the 2024 plan is reference data too: loaded once, from its file
  if (!(await deps.db.selectFrom('plans').select('id').where('year', '=', 2024).executeTakeFirst())) {
    await plansService.importPlanFile(deps, PLAN_2024_FILE);
    created++;
  }
  return { created, adminPassword };
}
