/**
 * One user per role and scope, with the organisations, chains and records that make "own" and
 * "other" scope real. Adding a persona is one line in PERSONAS.
 */
import { creditCodeCheckChar, type OrgType, type Role, type RoundKind, type RoundState, type Tier } from '@chainboard/contracts';
import type { Deps } from '../src/context.js';
import type { Db } from '../src/db/database.js';
import { nowIso } from '../src/db/dialect.js';
import { hashPassword } from '../src/lib/passwords.js';
import { listedFrom } from '../src/modules/projects/projects.repository.js';
import { usersRepository } from '../src/modules/users/users.repository.js';
import { PASSWORD } from './platform.js';

/** Organisations by key: existing reference names, or new ones with a parent. */
export const ORGS: Record<string, { name: string; type: OrgType; parent?: string }> = {
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
  /** An expert's own login, linked to World.expert (a chainA expert); not a business user. */
  expertUser: { org: 'office', roles: ['expert'] },
} satisfies Record<string, { org: keyof typeof ORGS; roles: Role[] }>;

export type PersonaName = keyof typeof PERSONAS;
export const PERSONA_NAMES = Object.keys(PERSONAS) as PersonaName[];

export type World = {
  orgs: Record<keyof typeof ORGS, number>;
  users: Record<PersonaName, number>;
  /** chainA: lead unit A, hosted in zone A (city A), led by chainLeaderA. chainB: lead unit B, hosted in city B. */
  chains: { chainA: number; chainB: number };
  /**
   * entA: in zone A of city A on chainA, its 链主 since 2024 (round publishedA), and the `enterprise`
   * organisation itself, so enterpriseEditor IS entA. entB: in city B outside any zone, on chainB, 链核
   * since 2024-07-01. Each has figures for 2024Q2; entA holds an honour.
   */
  enterprises: { entA: number; entB: number };
  /** entA's provincial 专精特新 honour. */
  honour: number;
  /**
   * openA: chainA 链核 round open for declarations (entA has declared). reviewB: chainB 链核 round in
   * review, entB's declaration scored. publishedA: chainA 链主 round of 2023, entA approved.
   */
  rounds: { openA: number; reviewB: number; publishedA: number };
  declarations: { openA: number; reviewB: number; publishedA: number };
  /** A chainA collaboration alliance led by entA, with one task table holding one item. */
  alliance: number;
  document: number;
  documentItem: number;
  /**
   * projA: chainA 储备类 project of 2023 in zone A of city A, invested by entA (so enterpriseEditor sees
   * it). projB: chainB project of 2023 in city B outside any zone. Both report monthly, none late.
   */
  projects: { projA: number; projB: number };
  /** leadA: a chainA lead in zone A of city A brought by entA as chain master. leadB: a chainB lead in city B. Both at 线索. */
  leads: { leadA: number; leadB: number };
  /** leadA's proposal of zone A as chainA's host zone, awaiting opinions (none given yet). */
  hostZone: number;
  /** A think-tank expert serving chainA, whose own login is expertUser. */
  expert: number;
};

/** `creditCode(1)` → a valid 统一社会信用代码 (check character included) in the given region. */
export function creditCode(n: number, region = '140100'): string {
  const first = `91${region}${String(n).padStart(9, '0')}`;
  return first + creditCodeCheckChar(first);
}

/** The seeded enterprises' names and codes (ranges other test files do not use). */
export const SEEDED_ENTERPRISES = {
  entA: { name: '示例钢铁集团有限公司', creditCode: creditCode(999_000_001) },
  entB: { name: '示例新能源汽车零部件有限公司', creditCode: creditCode(999_000_002, '140200') },
} as const;

/** Inserts an enterprise row as the register would (the city keeps it), placed on the given chains as 链上企业. */
export async function insertEnterprise(
  db: Db,
  e: {
    name: string;
    creditCode: string;
    cityId: number;
    zoneId?: number | null;
    organisationId?: number | null;
    chains?: number[];
    since?: string;
  },
): Promise<number> {
  const now = nowIso();
  const id = Number(
    (
      await db
        .insertInto('enterprises')
        .values({
          credit_code: e.creditCode,
          name: e.name,
          city_id: e.cityId,
          zone_id: e.zoneId ?? null,
          address: null,
          legal_representative: null,
          contact_person: '联系人',
          contact_phone: '0351-1234567',
          main_products: '示例产品',
          owner_org_id: e.cityId,
          organisation_id: e.organisationId ?? null,
          last_confirmed_at: now,
          demo: false,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
  for (const chainId of e.chains ?? []) {
    await db.insertInto('enterprise_chains').values({ enterprise_id: id, chain_id: chainId, stage: 'midstream' }).execute();
    await db
      .insertInto('enterprise_tiers')
      .values({
        enterprise_id: id,
        chain_id: chainId,
        tier: 'member',
        valid_from: e.since ?? '2023-01-01',
        valid_to: null,
        round_id: null,
        created_at: now,
      })
      .execute();
  }
  return id;
}

/** From `from` on, the enterprise holds `tier` on the chain (its open span is closed there). */
async function promote(db: Db, enterpriseId: number, chainId: number, tier: Tier, from: string, roundId: number | null) {
  await db
    .updateTable('enterprise_tiers')
    .set({ valid_to: from })
    .where('enterprise_id', '=', enterpriseId)
    .where('chain_id', '=', chainId)
    .where('valid_to', 'is', null)
    .execute();
  await db
    .insertInto('enterprise_tiers')
    .values({
      enterprise_id: enterpriseId,
      chain_id: chainId,
      tier,
      valid_from: from,
      valid_to: null,
      round_id: roundId,
      created_at: nowIso(),
    })
    .execute();
}

/** Inserts an evaluation round in the given state; dates default to a window still open for declarations. */
export async function insertRound(
  db: Db,
  r: {
    kind: RoundKind;
    period: string;
    chainId: number | null;
    state: RoundState;
    title?: string;
    opensOn?: string;
    closesOn?: string;
    effectiveOn?: string;
  },
): Promise<number> {
  const now = nowIso();
  return Number(
    (
      await db
        .insertInto('evaluation_rounds')
        .values({
          kind: r.kind,
          period: r.period,
          chain_id: r.chainId,
          title: r.title ?? `${r.period}评定`,
          opens_on: r.opensOn ?? '2024-01-01',
          closes_on: r.closesOn ?? '2099-12-31',
          effective_on: r.effectiveOn ?? '2099-12-31',
          criteria: '营收、研发投入、本地配套',
          state: r.state,
          created_by: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
}

/** Inserts a 2023 key project of 5亿元 (class and place as given), as the list would hold it: no events, no reports. */
export async function insertProject(
  db: Db,
  p: {
    name: string;
    chainId: number;
    cityId: number;
    zoneId?: number | null;
    enterpriseId?: number | null;
    class?: 'planning' | 'reserve' | 'underway';
    year?: number;
    demonstration?: boolean;
  },
): Promise<number> {
  const now = nowIso();
  const row = await db
    .insertInto('projects')
    .values({
      name: p.name,
      year: p.year ?? 2023,
      chain_id: p.chainId,
      stage: 'midstream',
      city_id: p.cityId,
      zone_id: p.zoneId ?? null,
      enterprise_id: p.enterpriseId ?? null,
      builder: `${p.name}建设单位`,
      partners: null,
      content: '示例建设内容',
      total_investment: 500_000_000,
      annual_plan_investment: 100_000_000,
      completed_investment: 0,
      class: p.class ?? 'reserve',
      build_type: p.class === 'underway' ? 'new' : null,
      planned_sign_on: null,
      planned_start_on: null,
      planned_complete_on: null,
      planned_production_on: null,
      actual_sign_on: null,
      actual_start_on: null,
      actual_complete_on: null,
      actual_production_on: null,
      liaison_official: null,
      liaison_phone: null,
      lead_unit_contact: null,
      report_cycle_months: 1,
      demonstration: p.demonstration ?? false,
      demo: false,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // its class history, as the repository writes it
  await db
    .insertInto('project_class_history')
    .values({
      project_id: row.id,
      class: p.class ?? 'reserve',
      valid_from: listedFrom(p.year ?? 2023, now),
      valid_to: null,
      recorded_at: now,
    })
    .execute();
  return Number(row.id);
}

/** Inserts an investment lead at 线索 (stage as given), with no events. */
export async function insertLead(
  db: Db,
  l: {
    targetName: string;
    chainId: number;
    cityId: number;
    zoneId?: number | null;
    chainMasterId?: number | null;
    stage?: 'lead' | 'contacted' | 'negotiating' | 'signed';
  },
): Promise<number> {
  const now = nowIso();
  const row = await db
    .insertInto('leads')
    .values({
      target_name: l.targetName,
      target_credit_code: null,
      in_province: false,
      enterprise_id: null,
      chain_id: l.chainId,
      stage: null,
      source: l.chainMasterId ? 'chainMasterBrings' : 'targetMaster',
      chain_master_id: l.chainMasterId ?? null,
      city_id: l.cityId,
      zone_id: l.zoneId ?? null,
      responsible_person: '线索责任人',
      expected_investment: 200_000_000,
      pipeline_stage: l.stage ?? 'lead',
      signed_on: l.stage === 'signed' ? '2024-05-01' : null,
      landed_on: null,
      project_id: null,
      fills_gap: false,
      notes: null,
      demo: false,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Inserts a host-zone proposal awaiting opinions, and the given opinions (all agreeing). */
export async function insertProposal(
  db: Db,
  p: { chainId: number; zoneId: number; proposedBy: number; reason?: string; opinionsBy?: number[] },
): Promise<number> {
  const now = nowIso();
  const id = Number(
    (
      await db
        .insertInto('host_zone_proposals')
        .values({
          chain_id: p.chainId,
          zone_id: p.zoneId,
          proposed_by: p.proposedBy,
          reason: p.reason ?? '产业基础好，链主企业集聚',
          state: 'proposed',
          decision_note: null,
          published_at: null,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
  for (const organisationId of p.opinionsBy ?? []) {
    await db
      .insertInto('proposal_opinions')
      .values({ proposal_id: id, organisation_id: organisationId, verdict: 'agree', note: null, at: now })
      .execute();
  }
  return id;
}

/** Inserts a declaration, optionally already scored and decided. */
export async function insertDeclaration(
  db: Db,
  d: { roundId: number; enterpriseId: number; chainId: number; score?: number; decision?: 'approved' | 'rejected' },
): Promise<number> {
  return Number(
    (
      await db
        .insertInto('declarations')
        .values({
          round_id: d.roundId,
          enterprise_id: d.enterpriseId,
          chain_id: d.chainId,
          revenue: 1_200_000_000,
          output: 1_000_000_000,
          tax: 50_000_000,
          rd_spending: 40_000_000,
          employees: 800,
          investment: 100_000_000,
          local_supply_share: 35.5,
          statement: '示例申报',
          declared_by: null,
          declared_at: nowIso(),
          score: d.score ?? null,
          review_comment: d.score === undefined ? null : '符合条件',
          reviewed_by: null,
          decision: d.decision ?? null,
          decision_note: d.decision ? '示例结论' : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
}

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
  const expert = Number(
    (
      await db
        .insertInto('experts')
        .values({
          name: '示例专家',
          field: '特钢材料',
          work_unit: '太原理工大学',
          title: '教授',
          phone: '0351-6010000',
          email: null,
          notes: null,
          user_id: users.expertUser,
          demo: false,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
  await db.insertInto('expert_chains').values({ expert_id: expert, chain_id: chains.chainA }).execute();
  return { orgs, users, chains, expert, ...(await seedRecords(db, orgs, chains)) };
}

/** The enterprise records of the world: fast plain inserts, no audit rows. */
async function seedRecords(db: Db, orgs: World['orgs'], chains: World['chains']) {
  const now = nowIso();
  const entA = await insertEnterprise(db, {
    ...SEEDED_ENTERPRISES.entA,
    cityId: orgs.cityA,
    zoneId: orgs.zoneA,
    organisationId: orgs.enterprise,
    chains: [chains.chainA],
  });
  const entB = await insertEnterprise(db, { ...SEEDED_ENTERPRISES.entB, cityId: orgs.cityB, chains: [chains.chainB] });

  const publishedA = await insertRound(db, {
    kind: 'master',
    period: '2023',
    chainId: chains.chainA,
    state: 'published',
    title: '2023年度特钢材料链主企业评定',
    opensOn: '2023-10-01',
    closesOn: '2023-11-30',
    effectiveOn: '2024-01-01',
  });
  const publishedDeclaration = await insertDeclaration(db, {
    roundId: publishedA,
    enterpriseId: entA,
    chainId: chains.chainA,
    score: 92,
    decision: 'approved',
  });
  await promote(db, entA, chains.chainA, 'master', '2024-01-01', publishedA);
  await promote(db, entB, chains.chainB, 'core', '2024-07-01', null);

  const openA = await insertRound(db, {
    kind: 'core',
    period: '2025H2',
    chainId: chains.chainA,
    state: 'open',
    title: '特钢材料链核企业评定（申报中）',
  });
  const openDeclaration = await insertDeclaration(db, { roundId: openA, enterpriseId: entA, chainId: chains.chainA });
  const reviewB = await insertRound(db, {
    kind: 'core',
    period: '2024H2',
    chainId: chains.chainB,
    state: 'review',
    title: '新能源汽车链核企业评定（评审中）',
    opensOn: '2024-07-01',
    closesOn: '2024-08-31',
    effectiveOn: '2024-10-01',
  });
  const reviewDeclaration = await insertDeclaration(db, { roundId: reviewB, enterpriseId: entB, chainId: chains.chainB, score: 85 });

  const honour = Number(
    (
      await db
        .insertInto('enterprise_honours')
        .values({ enterprise_id: entA, kind: 'srdi', level: 'provincial', year: 2023, revoked_on: null, note: null, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
  for (const enterpriseId of [entA, entB]) {
    await db
      .insertInto('enterprise_figures')
      .values({
        enterprise_id: enterpriseId,
        period: '2024Q2',
        revenue: 300_000_000,
        output: 280_000_000,
        tax: 12_000_000,
        rd_spending: 9_000_000,
        employees: 600,
        investment: 20_000_000,
        reported_at: now,
        reported_by: null,
      })
      .execute();
  }

  const alliance = Number(
    (
      await db
        .insertInto('alliances')
        .values({
          chain_id: chains.chainA,
          name: '特钢材料示例协作联合体',
          leader_enterprise_id: entA,
          fields: JSON.stringify(['technology', 'supplyDemand']),
          pilot: false,
          founded_on: '2024-05-01',
          notes: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
  const content = Buffer.from('%PDF-1.4 示例任务表');
  const document = Number(
    (
      await db
        .insertInto('documents')
        .values({
          owner_type: 'alliance',
          owner_id: alliance,
          kind: 'taskTable',
          title: '示例联合体2024年度任务表',
          file_name: '年度任务表.pdf',
          content_type: 'application/pdf',
          size: content.length,
          content,
          uploaded_by: null,
          uploaded_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
  const documentItem = Number(
    (
      await db
        .insertInto('document_items')
        .values({
          document_id: document,
          seq: 1,
          content: '完成高端轴承钢中试',
          responsible: '技术中心',
          due_on: '2024-12-31',
          status: 'planned',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );

  const projA = await insertProject(db, {
    name: '示例特钢扩能项目',
    chainId: chains.chainA,
    cityId: orgs.cityA,
    zoneId: orgs.zoneA,
    enterpriseId: entA,
  });
  const projB = await insertProject(db, { name: '示例新能源汽车零部件项目', chainId: chains.chainB, cityId: orgs.cityB });
  const leadA = await insertLead(db, {
    targetName: '示例特钢配套（江苏）有限公司',
    chainId: chains.chainA,
    cityId: orgs.cityA,
    zoneId: orgs.zoneA,
    chainMasterId: entA,
  });
  const leadB = await insertLead(db, { targetName: '示例电池材料（广东）有限公司', chainId: chains.chainB, cityId: orgs.cityB });
  const hostZone = await insertProposal(db, { chainId: chains.chainA, zoneId: orgs.zoneA, proposedBy: orgs.leadA });

  return {
    enterprises: { entA, entB },
    honour,
    rounds: { openA, reviewB, publishedA },
    declarations: { openA: openDeclaration, reviewB: reviewDeclaration, publishedA: publishedDeclaration },
    alliance,
    document,
    documentItem,
    projects: { projA, projB },
    leads: { leadA, leadB },
    hostZone,
  };
}
