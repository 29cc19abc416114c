import type {
  Consultation,
  ConsultationQuery,
  Expert,
  ExpertAccount,
  ExpertGroup,
  ExpertGroupRole,
  ExpertQuery,
  ExpertReport,
  FollowUpState,
  Pairing,
} from '@chainboard/contracts';
import type { DatabaseKind, Db } from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import { pageWithTotal } from '../../db/paging.js';

type Named = { id: number; name: string };
const num = (v: number | string) => Number(v);
const grouped = <T>(rows: T[], key: (r: T) => number) => {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return (id: number) => map.get(id) ?? [];
};
const some = (ids: number[]) => (ids.length ? ids : [0]);

// ---- experts ----

async function hydrateExperts(db: Db, rows: Awaited<ReturnType<typeof expertRows>>): Promise<Expert[]> {
  if (!rows.length) return [];
  const chains = await db
    .selectFrom('expert_chains as ec')
    .innerJoin('chains as c', 'c.id', 'ec.chain_id')
    .select(['ec.expert_id', 'c.id', 'c.name'])
    .where(
      'ec.expert_id',
      'in',
      rows.map((r) => num(r.id)),
    )
    .orderBy('c.id')
    .execute();
  const of = grouped(chains, (c) => num(c.expert_id));
  return rows.map((r) => ({
    id: num(r.id),
    name: r.name,
    field: r.field,
    workUnit: r.work_unit,
    title: r.title,
    phone: r.phone,
    email: r.email,
    chains: of(num(r.id)).map((c) => ({ id: num(c.id), name: c.name })),
    notes: r.notes,
    userId: r.user_id === null ? null : num(r.user_id),
    demo: Boolean(r.demo),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
const expertRows = (db: Db) => db.selectFrom('experts as x').selectAll('x').execute();

export type ExpertFilter = { expertId?: number };

export type ExpertValues = {
  name: string;
  field: string;
  workUnit: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  chainIds: number[];
};

// ---- groups ----

export type GroupChain = { chainId: number; chainName: string; leadUnitId: number | null; leadUnitName: string | null };

// ---- consultations, reports, pairings ----

async function hydrateConsultations(
  db: Db,
  rows: {
    id: number;
    chain_id: number;
    chain_name: string;
    held_on: string;
    topic: string;
    outcome: string | null;
    demo: boolean | number;
    created_at: string;
  }[],
): Promise<Consultation[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => num(r.id));
  const experts = await db
    .selectFrom('consultation_experts as ce')
    .innerJoin('experts as x', 'x.id', 'ce.expert_id')
    .select(['ce.consultation_id', 'x.id', 'x.name'])
    .where('ce.consultation_id', 'in', ids)
    .orderBy('x.id')
    .execute();
  const enterprises = await db
    .selectFrom('consultation_enterprises as ce')
    .innerJoin('enterprises as e', 'e.id', 'ce.enterprise_id')
    .select(['ce.consultation_id', 'e.id', 'e.name'])
    .where('ce.consultation_id', 'in', ids)
    .orderBy('e.id')
    .execute();
  const ex = grouped(experts, (x) => num(x.consultation_id));
  const en = grouped(enterprises, (x) => num(x.consultation_id));
  const named = (x: { id: number; name: string }): Named => ({ id: num(x.id), name: x.name });
  return rows.map((r) => ({
    id: num(r.id),
    chainId: num(r.chain_id),
    chainName: r.chain_name,
    heldOn: r.held_on,
    topic: r.topic,
    experts: ex(num(r.id)).map(named),
    enterprises: en(num(r.id)).map(named),
    outcome: r.outcome,
    demo: Boolean(r.demo),
    createdAt: r.created_at,
  }));
}

function consultationQuery(db: Db, f: ExpertFilter & { chainId?: number; year?: number; id?: number }) {
  let q = db.selectFrom('consultations as k').innerJoin('chains as c', 'c.id', 'k.chain_id').selectAll('k').select('c.name as chain_name');
  if (f.id) q = q.where('k.id', '=', f.id);
  if (f.chainId) q = q.where('k.chain_id', '=', f.chainId);
  if (f.year) q = q.where('k.held_on', 'like', `${f.year}-%`);
  const expertId = f.expertId;
  if (expertId)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('consultation_experts as ce')
          .select('ce.expert_id')
          .whereRef('ce.consultation_id', '=', 'k.id')
          .where('ce.expert_id', '=', expertId),
      ),
    );
  return q;
}

async function hydrateReports(
  db: Db,
  rows: {
    id: number;
    chain_id: number;
    chain_name: string;
    title: string;
    reported_on: string;
    recommendations: string;
    follow_up: string | null;
    follow_up_state: string;
    demo: boolean | number;
    created_at: string;
  }[],
): Promise<ExpertReport[]> {
  if (!rows.length) return [];
  const authors = await db
    .selectFrom('expert_report_authors as ra')
    .innerJoin('experts as x', 'x.id', 'ra.expert_id')
    .select(['ra.report_id', 'x.id', 'x.name'])
    .where(
      'ra.report_id',
      'in',
      rows.map((r) => num(r.id)),
    )
    .orderBy('x.id')
    .execute();
  const of = grouped(authors, (a) => num(a.report_id));
  return rows.map((r) => ({
    id: num(r.id),
    chainId: num(r.chain_id),
    chainName: r.chain_name,
    title: r.title,
    reportedOn: r.reported_on,
    experts: of(num(r.id)).map((x) => ({ id: num(x.id), name: x.name })),
    recommendations: r.recommendations,
    followUp: r.follow_up,
    followUpState: r.follow_up_state as FollowUpState,
    demo: Boolean(r.demo),
    createdAt: r.created_at,
  }));
}

function reportQuery(db: Db, f: ExpertFilter & { chainId?: number; year?: number; followUpState?: string; id?: number }) {
  let q = db.selectFrom('expert_reports as r').innerJoin('chains as c', 'c.id', 'r.chain_id').selectAll('r').select('c.name as chain_name');
  if (f.id) q = q.where('r.id', '=', f.id);
  if (f.chainId) q = q.where('r.chain_id', '=', f.chainId);
  if (f.year) q = q.where('r.reported_on', 'like', `${f.year}-%`);
  if (f.followUpState) q = q.where('r.follow_up_state', '=', f.followUpState);
  const expertId = f.expertId;
  if (expertId)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('expert_report_authors as ra')
          .select('ra.expert_id')
          .whereRef('ra.report_id', '=', 'r.id')
          .where('ra.expert_id', '=', expertId),
      ),
    );
  return q;
}

function pairingQuery(db: Db, f: ExpertFilter & { chainId?: number; id?: number }) {
  let q = db
    .selectFrom('expert_pairings as p')
    .innerJoin('experts as x', 'x.id', 'p.expert_id')
    .innerJoin('enterprises as e', 'e.id', 'p.enterprise_id')
    .innerJoin('chains as c', 'c.id', 'p.chain_id')
    .selectAll('p')
    .select(['x.name as expert_name', 'x.user_id as expert_user_id', 'e.name as enterprise_name', 'c.name as chain_name']);
  if (f.id) q = q.where('p.id', '=', f.id);
  if (f.chainId) q = q.where('p.chain_id', '=', f.chainId);
  if (f.expertId) q = q.where('p.expert_id', '=', f.expertId);
  return q;
}
type PairingRow = Awaited<ReturnType<ReturnType<typeof pairingQuery>['execute']>>[number];

async function hydratePairings(db: Db, rows: PairingRow[]): Promise<(Pairing & { expertUserId: number | null })[]> {
  if (!rows.length) return [];
  const services = await db
    .selectFrom('pairing_services')
    .selectAll()
    .where(
      'pairing_id',
      'in',
      rows.map((r) => num(r.id)),
    )
    .orderBy('served_on')
    .orderBy('id')
    .execute();
  const of = grouped(services, (s) => num(s.pairing_id));
  return rows.map((r) => ({
    id: num(r.id),
    expertId: num(r.expert_id),
    expertName: r.expert_name,
    expertUserId: r.expert_user_id === null ? null : num(r.expert_user_id),
    enterpriseId: num(r.enterprise_id),
    enterpriseName: r.enterprise_name,
    chainId: num(r.chain_id),
    chainName: r.chain_name,
    fromOn: r.from_on,
    toOn: r.to_on,
    notes: r.notes,
    services: of(num(r.id)).map((s) => ({ id: num(s.id), servedOn: s.served_on, content: s.content, recordedBy: s.recorded_by })),
    demo: Boolean(r.demo),
    createdAt: r.created_at,
  }));
}

export const thinktankRepository = {
  // ---- experts ----
  async expertIdOfUser(db: Db, userId: number): Promise<number | null> {
    const row = await db.selectFrom('experts').select('id').where('user_id', '=', userId).executeTakeFirst();
    return row ? num(row.id) : null;
  },

  async experts(db: Db, kind: DatabaseKind, f: ExpertFilter, q: ExpertQuery) {
    let query = db.selectFrom('experts as x').selectAll('x');
    if (f.expertId) query = query.where('x.id', '=', f.expertId);
    if (q.q) {
      const needle = q.q;
      query = query.where((eb) =>
        eb.or([
          containsInsensitive(kind, 'x.name', needle),
          containsInsensitive(kind, 'x.field', needle),
          containsInsensitive(kind, 'x.work_unit', needle),
        ]),
      );
    }
    const chainId = q.chainId;
    if (chainId)
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('expert_chains as ec')
            .select('ec.chain_id')
            .whereRef('ec.expert_id', '=', 'x.id')
            .where('ec.chain_id', '=', chainId),
        ),
      );
    return pageWithTotal(
      query,
      (o) => o.orderBy('x.id'),
      q,
      (rows) => hydrateExperts(db, rows),
    );
  },

  async expert(db: Db, id: number): Promise<Expert | null> {
    const rows = await db.selectFrom('experts as x').selectAll('x').where('x.id', '=', id).execute();
    return (await hydrateExperts(db, rows))[0] ?? null;
  },

  async insertExpert(db: Db, e: ExpertValues & { demo?: boolean; at: string }): Promise<number> {
    const { id } = await db
      .insertInto('experts')
      .values({
        name: e.name,
        field: e.field,
        work_unit: e.workUnit,
        title: e.title,
        phone: e.phone,
        email: e.email,
        notes: e.notes,
        user_id: null,
        demo: e.demo ?? false,
        created_at: e.at,
        updated_at: e.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('expert_chains')
      .values([...new Set(e.chainIds)].map((chain_id) => ({ expert_id: num(id), chain_id })))
      .execute();
    return num(id);
  },

  async updateExpert(db: Db, id: number, e: ExpertValues & { at: string }): Promise<void> {
    await db
      .updateTable('experts')
      .set({
        name: e.name,
        field: e.field,
        work_unit: e.workUnit,
        title: e.title,
        phone: e.phone,
        email: e.email,
        notes: e.notes,
        updated_at: e.at,
      })
      .where('id', '=', id)
      .execute();
    await db.deleteFrom('expert_chains').where('expert_id', '=', id).execute();
    await db
      .insertInto('expert_chains')
      .values([...new Set(e.chainIds)].map((chain_id) => ({ expert_id: id, chain_id })))
      .execute();
  },

  async setExpertUser(db: Db, id: number, userId: number | null, at: string): Promise<void> {
    await db.updateTable('experts').set({ user_id: userId, updated_at: at }).where('id', '=', id).execute();
  },

  async expertAccounts(db: Db): Promise<ExpertAccount[]> {
    const rows = await db
      .selectFrom('experts as x')
      .leftJoin('users as u', 'u.id', 'x.user_id')
      .select(['x.id', 'x.name', 'x.work_unit', 'x.user_id', 'u.username'])
      .orderBy('x.id')
      .execute();
    return rows.map((r) => ({
      expertId: num(r.id),
      name: r.name,
      workUnit: r.work_unit,
      userId: r.user_id === null ? null : num(r.user_id),
      username: r.username ?? null,
    }));
  },

  /** Which of these ids are experts, with the chains each serves. */
  async expertChains(db: Db, ids: number[]): Promise<Map<number, { name: string; chainIds: number[] }>> {
    const map = new Map<number, { name: string; chainIds: number[] }>();
    if (!ids.length) return map;
    const rows = await db
      .selectFrom('experts as x')
      .leftJoin('expert_chains as ec', 'ec.expert_id', 'x.id')
      .select(['x.id', 'x.name', 'ec.chain_id'])
      .where('x.id', 'in', ids)
      .execute();
    for (const r of rows) {
      const entry = map.get(num(r.id)) ?? { name: r.name, chainIds: [] };
      if (r.chain_id !== null) entry.chainIds.push(num(r.chain_id));
      map.set(num(r.id), entry);
    }
    return map;
  },

  // ---- groups ----
  async groupChains(db: Db, chainId?: number): Promise<GroupChain[]> {
    let q = db
      .selectFrom('chains as c')
      .leftJoin('organisations as o', 'o.id', 'c.lead_unit_id')
      .select(['c.id', 'c.name', 'c.lead_unit_id', 'o.name as lead_unit_name'])
      .orderBy('c.id');
    if (chainId) q = q.where('c.id', '=', chainId);
    const rows = await q.execute();
    return rows.map((r) => ({
      chainId: num(r.id),
      chainName: r.name,
      leadUnitId: r.lead_unit_id === null ? null : num(r.lead_unit_id),
      leadUnitName: r.lead_unit_name ?? null,
    }));
  },

  async groups(db: Db, chains: GroupChain[]): Promise<ExpertGroup[]> {
    if (!chains.length) return [];
    const ids = chains.map((c) => c.chainId);
    const heads = await db.selectFrom('expert_groups').selectAll().where('chain_id', 'in', ids).execute();
    const members = await db
      .selectFrom('expert_group_members as m')
      .innerJoin('experts as x', 'x.id', 'm.expert_id')
      .select(['m.chain_id', 'm.role', 'x.id', 'x.name', 'x.field', 'x.work_unit', 'x.title'])
      .where('m.chain_id', 'in', ids)
      .orderBy('m.chain_id')
      .orderBy('m.role')
      .orderBy('x.id')
      .execute();
    const of = grouped(members, (m) => num(m.chain_id));
    const head = new Map(heads.map((h) => [num(h.chain_id), h]));
    return chains.map((c) => ({
      ...c,
      members: of(c.chainId).map((m) => ({
        expertId: num(m.id),
        name: m.name,
        field: m.field,
        workUnit: m.work_unit,
        title: m.title,
        role: m.role as ExpertGroupRole,
      })),
      publishedAt: head.get(c.chainId)?.published_at ?? null,
      updatedAt: head.get(c.chainId)?.updated_at ?? null,
    }));
  },

  async groupChainIdsOfExpert(db: Db, expertId: number): Promise<number[]> {
    const rows = await db.selectFrom('expert_group_members').select('chain_id').where('expert_id', '=', expertId).execute();
    return rows.map((r) => num(r.chain_id));
  },

  async setMembers(db: Db, chainId: number, members: { expertId: number; role: ExpertGroupRole }[], at: string): Promise<void> {
    const existing = await db.selectFrom('expert_groups').select('chain_id').where('chain_id', '=', chainId).executeTakeFirst();
    if (existing) await db.updateTable('expert_groups').set({ updated_at: at }).where('chain_id', '=', chainId).execute();
    else await db.insertInto('expert_groups').values({ chain_id: chainId, published_at: null, updated_at: at }).execute();
    await db.deleteFrom('expert_group_members').where('chain_id', '=', chainId).execute();
    if (members.length)
      await db
        .insertInto('expert_group_members')
        .values(members.map((m) => ({ chain_id: chainId, expert_id: m.expertId, role: m.role })))
        .execute();
  },

  async publish(db: Db, chainId: number, on: string, at: string): Promise<void> {
    await db.updateTable('expert_groups').set({ published_at: on, updated_at: at }).where('chain_id', '=', chainId).execute();
  },

  // ---- consultations ----
  async consultations(db: Db, f: ExpertFilter, q: Omit<ConsultationQuery, 'expertId'>) {
    const query = consultationQuery(db, { ...f, chainId: q.chainId, year: q.year });
    return pageWithTotal(
      query,
      (o) => o.orderBy('k.held_on', 'desc').orderBy('k.id', 'desc'),
      q,
      (rows) => hydrateConsultations(db, rows),
    );
  },

  async consultation(db: Db, id: number, f: ExpertFilter = {}) {
    return (await hydrateConsultations(db, await consultationQuery(db, { ...f, id }).execute()))[0] ?? null;
  },

  async insertConsultation(
    db: Db,
    k: {
      chainId: number;
      heldOn: string;
      topic: string;
      outcome: string | null;
      expertIds: number[];
      enterpriseIds: number[];
      orgId: number | null;
      demo?: boolean;
      at: string;
    },
  ): Promise<number> {
    const { id } = await db
      .insertInto('consultations')
      .values({
        chain_id: k.chainId,
        held_on: k.heldOn,
        topic: k.topic,
        outcome: k.outcome,
        recorded_by_org_id: k.orgId,
        demo: k.demo ?? false,
        created_at: k.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('consultation_experts')
      .values([...new Set(k.expertIds)].map((expert_id) => ({ consultation_id: num(id), expert_id })))
      .execute();
    if (k.enterpriseIds.length)
      await db
        .insertInto('consultation_enterprises')
        .values([...new Set(k.enterpriseIds)].map((enterprise_id) => ({ consultation_id: num(id), enterprise_id })))
        .execute();
    return num(id);
  },

  // ---- reports ----
  async reports(db: Db, f: ExpertFilter, q: { chainId?: number; year?: number; followUpState?: string; page: number; pageSize: number }) {
    const query = reportQuery(db, { ...f, chainId: q.chainId, year: q.year, followUpState: q.followUpState });
    return pageWithTotal(
      query,
      (o) => o.orderBy('r.reported_on', 'desc').orderBy('r.id', 'desc'),
      q,
      (rows) => hydrateReports(db, rows),
    );
  },

  async report(db: Db, id: number, f: ExpertFilter = {}) {
    return (await hydrateReports(db, await reportQuery(db, { ...f, id }).execute()))[0] ?? null;
  },

  async insertReport(
    db: Db,
    r: {
      chainId: number;
      title: string;
      reportedOn: string;
      recommendations: string;
      followUp: string | null;
      followUpState: FollowUpState;
      expertIds: number[];
      demo?: boolean;
      at: string;
    },
  ): Promise<number> {
    const { id } = await db
      .insertInto('expert_reports')
      .values({
        chain_id: r.chainId,
        title: r.title,
        reported_on: r.reportedOn,
        recommendations: r.recommendations,
        follow_up: r.followUp,
        follow_up_state: r.followUpState,
        demo: r.demo ?? false,
        created_at: r.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('expert_report_authors')
      .values([...new Set(r.expertIds)].map((expert_id) => ({ report_id: num(id), expert_id })))
      .execute();
    return num(id);
  },

  async setFollowUp(db: Db, id: number, followUp: string | null, state: FollowUpState): Promise<void> {
    await db.updateTable('expert_reports').set({ follow_up: followUp, follow_up_state: state }).where('id', '=', id).execute();
  },

  // ---- pairings ----
  async pairings(db: Db, f: ExpertFilter, q: { chainId?: number; page: number; pageSize: number }) {
    const query = pairingQuery(db, { ...f, chainId: q.chainId });
    return pageWithTotal(
      query,
      (o) => o.orderBy('p.from_on', 'desc').orderBy('p.id', 'desc'),
      q,
      (rows) => hydratePairings(db, rows),
    );
  },

  async pairing(db: Db, id: number, f: ExpertFilter = {}) {
    return (await hydratePairings(db, await pairingQuery(db, { ...f, id }).execute()))[0] ?? null;
  },

  async insertPairing(
    db: Db,
    p: {
      expertId: number;
      enterpriseId: number;
      chainId: number;
      fromOn: string;
      toOn: string | null;
      notes: string | null;
      demo?: boolean;
      at: string;
    },
  ): Promise<number> {
    const { id } = await db
      .insertInto('expert_pairings')
      .values({
        expert_id: p.expertId,
        enterprise_id: p.enterpriseId,
        chain_id: p.chainId,
        from_on: p.fromOn,
        to_on: p.toOn,
        notes: p.notes,
        demo: p.demo ?? false,
        created_at: p.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return num(id);
  },

  async insertService(
    db: Db,
    pairingId: number,
    s: { servedOn: string; content: string; recordedBy: string; at: string },
  ): Promise<number> {
    const { id } = await db
      .insertInto('pairing_services')
      .values({ pairing_id: pairingId, served_on: s.servedOn, content: s.content, recorded_by: s.recordedBy, created_at: s.at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return num(id);
  },

  // ---- lookups ----
  async chainsByIds(db: Db, ids: number[]) {
    const rows = await db.selectFrom('chains').select(['id', 'name', 'lead_unit_id']).where('id', 'in', some(ids)).execute();
    return rows.map((r) => ({ id: num(r.id), name: r.name, leadUnitId: r.lead_unit_id === null ? null : num(r.lead_unit_id) }));
  },

  async enterprisesByIds(db: Db, ids: number[]) {
    const rows = await db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', some(ids)).execute();
    return rows.map((r) => ({ id: num(r.id), name: r.name }));
  },

  async enterpriseOnChain(db: Db, enterpriseId: number, chainId: number): Promise<boolean> {
    const row = await db
      .selectFrom('enterprise_chains')
      .select('enterprise_id')
      .where('enterprise_id', '=', enterpriseId)
      .where('chain_id', '=', chainId)
      .executeTakeFirst();
    return row !== undefined;
  },
};

/**
 * The chains whose expert group list the office published in the year: evidence for the plan's
 * “Q1 公布专家咨询组名单” milestone.
 */
export async function expertGroupsPublished(db: Db, year: number): Promise<number[]> {
  const rows = await db
    .selectFrom('expert_groups')
    .select('chain_id')
    .where('published_at', 'like', `${year}-%`)
    .orderBy('chain_id')
    .execute();
  return rows.map((r) => num(r.chain_id));
}
