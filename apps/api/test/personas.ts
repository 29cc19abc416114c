/**
 * One user per role and scope, with the organisations and chains that make "own" and "other" scope
 * real. Adding a persona is one line in PERSONAS.
 */
import type { OrgType, Role } from '@chainboard/contracts';
import type { Deps } from '../src/context.js';
import { nowIso } from '../src/db/dialect.js';
import { hashPassword } from '../src/lib/passwords.js';
import { usersRepository } from '../src/modules/users/users.repository.js';
import { PASSWORD } from './platform.js';

/** Organisations by key: existing reference names, or new ones with a parent. */
const ORGS: Record<string, { name: string; type: OrgType; parent?: string }> = {
  office: { name: '省链长办', type: 'office' },
  leadA: { name: '省工信厅', type: 'leadUnit' },
  leadB: { name: '省能源局', type: 'leadUnit' },
  member: { name: '省商务厅', type: 'memberUnit' },
  cityA: { name: '太原市', type: 'city' },
  cityB: { name: '大同市', type: 'city' },
  zoneA: { name: '太原不锈钢产业园区', type: 'zone', parent: 'cityA' },
  zoneB: { name: '大同经济技术开发区', type: 'zone', parent: 'cityB' },
  enterprise: { name: '示例钢铁集团有限公司', type: 'enterprise' },
};

export const PERSONAS = {
  officeEditor: { org: 'office', roles: ['editor'] },
  officeViewer: { org: 'office', roles: ['viewer'] },
  leadAEditor: { org: 'leadA', roles: ['editor'] },
  leadAViewer: { org: 'leadA', roles: ['viewer'] },
  leadBEditor: { org: 'leadB', roles: ['editor'] },
  memberViewer: { org: 'member', roles: ['viewer'] },
  cityAEditor: { org: 'cityA', roles: ['editor'] },
  cityBEditor: { org: 'cityB', roles: ['editor'] },
  zoneAEditor: { org: 'zoneA', roles: ['editor'] },
  zoneBEditor: { org: 'zoneB', roles: ['editor'] },
  enterpriseEditor: { org: 'enterprise', roles: ['editor'] },
  chainLeaderA: { org: 'office', roles: ['chainLeader'] },
  generalLeader: { org: 'office', roles: ['generalChainLeader'] },
  sysAdmin: { org: 'office', roles: ['sysAdmin'] },
  securityAdmin: { org: 'office', roles: ['securityAdmin'] },
  auditAdmin: { org: 'office', roles: ['auditAdmin'] },
} satisfies Record<string, { org: keyof typeof ORGS; roles: Role[] }>;

export type PersonaName = keyof typeof PERSONAS;
export const PERSONA_NAMES = Object.keys(PERSONAS) as PersonaName[];

export type World = {
  orgs: Record<keyof typeof ORGS, number>;
  users: Record<PersonaName, number>;
  /** chainA: lead unit A, hosted in zone A (city A), led by chainLeaderA. chainB: lead unit B, hosted in city B. */
  chains: { chainA: number; chainB: number };
};

/** Writes the personas straight through the repositories: fast, and already past the first login. */
export async function seedWorld(deps: Deps): Promise<World> {
  const db = deps.db;
  const now = nowIso();
  const orgs = {} as World['orgs'];
  for (const [key, o] of Object.entries(ORGS) as [keyof typeof ORGS, (typeof ORGS)[keyof typeof ORGS]][]) {
    const existing = await db.selectFrom('organisations').select('id').where('name', '=', o.name).executeTakeFirst();
    orgs[key] = existing
      ? Number(existing.id)
      : Number(
          (
            await db
              .insertInto('organisations')
              .values({
                name: o.name,
                type: o.type,
                parent_id: o.parent ? orgs[o.parent as keyof typeof ORGS] : null,
                retired: false,
                created_at: now,
                updated_at: now,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id,
        );
  }
  const passwordHash = await hashPassword(PASSWORD);
  const users = {} as World['users'];
  for (const name of PERSONA_NAMES) {
    const p = PERSONAS[name];
    const id = await usersRepository.insert(db, {
      username: name,
      display_name: name,
      organisation_id: orgs[p.org as keyof typeof ORGS],
      password_hash: passwordHash,
      must_change_password: false,
      failed_attempts: 0,
      locked_until: null,
      disabled: false,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    });
    await usersRepository.setRoles(db, id, p.roles as Role[]);
    users[name] = id;
  }
  const chainId = async (code: string) =>
    Number((await db.selectFrom('chains').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id);
  const chains = { chainA: await chainId('SX01'), chainB: await chainId('SX02') };
  await db
    .updateTable('chains')
    .set({ lead_unit_id: orgs.leadA, leader_user_id: users.chainLeaderA })
    .where('id', '=', chains.chainA)
    .execute();
  await db.updateTable('chains').set({ lead_unit_id: orgs.leadB }).where('id', '=', chains.chainB).execute();
  await db
    .insertInto('chain_hosts')
    .values([
      { chain_id: chains.chainA, organisation_id: orgs.zoneA },
      { chain_id: chains.chainB, organisation_id: orgs.cityB },
    ])
    .execute();
  return { orgs, users, chains };
}
