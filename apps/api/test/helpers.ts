/**
 * Helpers the API test files share: the error shape every failure must have, snapshots of the
 * database to prove nothing changed, extra users, and the list of routes the app registers.
 */
import { ErrorCode, type Role } from '@chainboard/contracts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Deps } from '../src/context.js';
import type { Db } from '../src/db/database.js';
import { nowIso } from '../src/db/dialect.js';
import { hashPassword } from '../src/lib/passwords.js';
import { usersRepository } from '../src/modules/users/users.repository.js';
import { PASSWORD } from './platform.js';

export const CHINESE = /[\u4e00-\u9fff]/;

/** `unique('链')` → '链1', '链2', …: names that never collide within a test run. */
let counter = 0;
export const unique = (prefix: string) => `${prefix}${++counter}`;

/**
 * Asserts the response is an error in the one shape the API promises — `{code, message}` with a
 * stable code, a Chinese message and optional field messages — and never a 5xx. Returns the body.
 */
export function expectApiError(res: LightMyRequestResponse, status?: number, code?: ErrorCode) {
  const context = `${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, context).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, context).toBeLessThan(500);
  if (status !== undefined) expect(res.statusCode, context).toBe(status);
  expect(res.headers['content-type'], context).toMatch(/^application\/json/);
  const body = res.json() as { code: string; message: string; fields?: Record<string, string> };
  expect(
    Object.keys(body).filter((k) => !['code', 'message', 'fields'].includes(k)),
    context,
  ).toEqual([]);
  expect(ErrorCode.options, context).toContain(body.code);
  if (code !== undefined) expect(body.code, context).toBe(code);
  expect(body.message, context).toMatch(CHINESE);
  if (body.fields !== undefined) {
    for (const message of Object.values(body.fields)) expect(message, context).toMatch(CHINESE);
  }
  return body;
}

/** Everything a write could touch, in a comparable form: equal snapshots mean nothing changed. */
export async function snapshot(db: Db) {
  const tables = {
    organisations: db.selectFrom('organisations').selectAll().orderBy('id').execute(),
    users: db.selectFrom('users').selectAll().orderBy('id').execute(),
    userRoles: db.selectFrom('user_roles').selectAll().orderBy('user_id').orderBy('role').execute(),
    chains: db.selectFrom('chains').selectAll().orderBy('id').execute(),
    chainHosts: db.selectFrom('chain_hosts').selectAll().orderBy('chain_id').orderBy('organisation_id').execute(),
    auditLog: db.selectFrom('audit_log').selectAll().orderBy('id').execute(),
    // last_seen_at is refreshed by reads once a minute; which sessions exist is what matters
    sessions: db.selectFrom('sessions').select(['id', 'user_id', 'csrf_token']).orderBy('id').execute(),
    enterprises: db.selectFrom('enterprises').selectAll().orderBy('id').execute(),
    enterpriseChains: db.selectFrom('enterprise_chains').selectAll().orderBy('enterprise_id').orderBy('chain_id').execute(),
    enterpriseTiers: db.selectFrom('enterprise_tiers').selectAll().orderBy('id').execute(),
    enterpriseHonours: db.selectFrom('enterprise_honours').selectAll().orderBy('id').execute(),
    enterpriseFigures: db.selectFrom('enterprise_figures').selectAll().orderBy('enterprise_id').orderBy('period').execute(),
    rounds: db.selectFrom('evaluation_rounds').selectAll().orderBy('id').execute(),
    declarations: db.selectFrom('declarations').selectAll().orderBy('id').execute(),
    alliances: db.selectFrom('alliances').selectAll().orderBy('id').execute(),
    allianceMembers: db.selectFrom('alliance_members').selectAll().orderBy('alliance_id').orderBy('enterprise_id').execute(),
    allianceActivities: db.selectFrom('alliance_activities').selectAll().orderBy('id').execute(),
    // a stored file by its metadata and size, not its bytes
    documents: db
      .selectFrom('documents')
      .select(['id', 'owner_type', 'owner_id', 'kind', 'title', 'file_name', 'content_type', 'size', 'uploaded_by', 'uploaded_at'])
      .orderBy('id')
      .execute(),
    documentItems: db.selectFrom('document_items').selectAll().orderBy('id').execute(),
    projects: db.selectFrom('projects').selectAll().orderBy('id').execute(),
    projectEvents: db.selectFrom('project_events').selectAll().orderBy('id').execute(),
    projectReports: db.selectFrom('project_reports').selectAll().orderBy('id').execute(),
    modeDemonstrations: db.selectFrom('mode_demonstrations').selectAll().orderBy('id').execute(),
    fundReserve: db.selectFrom('fund_reserve').selectAll().orderBy('id').execute(),
    visits: db.selectFrom('visits').selectAll().orderBy('id').execute(),
    visitTargets: db.selectFrom('visit_targets').selectAll().orderBy('visit_id').orderBy('enterprise_id').orderBy('project_id').execute(),
    hostZoneProposals: db.selectFrom('host_zone_proposals').selectAll().orderBy('id').execute(),
    proposalOpinions: db.selectFrom('proposal_opinions').selectAll().orderBy('proposal_id').orderBy('organisation_id').execute(),
    attractionTargets: db.selectFrom('attraction_targets').selectAll().orderBy('id').execute(),
    leads: db.selectFrom('leads').selectAll().orderBy('id').execute(),
    leadEvents: db.selectFrom('lead_events').selectAll().orderBy('id').execute(),
    problems: db.selectFrom('problems').selectAll().orderBy('id').execute(),
    problemEvents: db.selectFrom('problem_events').selectAll().orderBy('id').execute(),
    meetings: db.selectFrom('meetings').selectAll().orderBy('id').execute(),
    meetingAgenda: db.selectFrom('meeting_agenda').selectAll().orderBy('meeting_id').orderBy('problem_id').execute(),
    meetingDecisions: db.selectFrom('meeting_decisions').selectAll().orderBy('id').execute(),
    settings: db.selectFrom('settings').selectAll().orderBy('key').execute(),
    plans: db.selectFrom('plans').selectAll().orderBy('id').execute(),
    planTargets: db.selectFrom('plan_targets').selectAll().orderBy('id').execute(),
    planTasks: db.selectFrom('plan_tasks').selectAll().orderBy('id').execute(),
    planMilestones: db.selectFrom('plan_milestones').selectAll().orderBy('id').execute(),
    workReports: db.selectFrom('work_reports').selectAll().orderBy('id').execute(),
    events: db.selectFrom('matchmaking_events').selectAll().orderBy('id').execute(),
    signings: db.selectFrom('signings').selectAll().orderBy('id').execute(),
    forgingContacts: db.selectFrom('forging_contacts').selectAll().orderBy('id').execute(),
  };
  const rows = await Promise.all(Object.values(tables));
  return Object.fromEntries(Object.keys(tables).map((name, i) => [name, rows[i]])) as {
    [K in keyof typeof tables]: Awaited<(typeof tables)[K]>;
  };
}
export type Snapshot = Awaited<ReturnType<typeof snapshot>>;

export async function auditCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function lastAuditId(db: Db): Promise<number> {
  const row = await db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row ? Number(row.id) : 0;
}

/** The audit rows written after `afterId`, oldest first, with their JSON parsed. */
export async function auditRowsAfter(db: Db, afterId: number) {
  const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').execute();
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  }));
}

let passwordHash: Promise<string> | null = null;

/** Adds an account straight through the repository (already past its first login unless told). */
export async function addUser(
  deps: Deps,
  u: { username: string; organisationId: number; roles: Role[]; mustChangePassword?: boolean; disabled?: boolean },
): Promise<number> {
  passwordHash ??= hashPassword(PASSWORD);
  const now = nowIso();
  const id = await usersRepository.insert(deps.db, {
    username: u.username,
    display_name: u.username,
    organisation_id: u.organisationId,
    password_hash: await passwordHash,
    must_change_password: u.mustChangePassword ?? false,
    failed_attempts: 0,
    locked_until: null,
    disabled: u.disabled ?? false,
    last_login_at: null,
    created_at: now,
    updated_at: now,
  });
  await usersRepository.setRoles(deps.db, id, u.roles);
  return id;
}

/**
 * The routes the app serves under /api, as 'METHOD /path' (HEAD left out: Fastify adds it to every
 * GET), read from Fastify's own route tree so that nothing registered can hide from the tests.
 */
export function registeredApiRoutes(app: FastifyInstance): string[] {
  const routes = new Set<string>();
  const paths: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)[├└]── (.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1].length / 4;
    const path = (depth > 0 ? paths[depth - 1] : '') + m[2];
    paths[depth] = path;
    paths.length = depth + 1;
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim())) {
      if (method && method !== 'HEAD') routes.add(`${method} ${path}`);
    }
  }
  return [...routes].filter((r) => {
    const path = r.split(' ')[1];
    return path.startsWith('/api/') && !path.startsWith('/api/docs');
  });
}
