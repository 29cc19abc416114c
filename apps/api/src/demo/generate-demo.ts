/**
 * An invented, deterministic data set for trying the platform and for benchmarks. Every enterprise
 * name carries 示例 and every enterprise row is flagged demo, so nobody takes it for real data.
 * `scale` multiplies the size of one province (800 chain enterprises, 37 链主, 77 链核).
 */
import { creditCodeCheckChar } from '@chainboard/contracts';
import type { Insertable } from 'kysely';
import { type Deps, inTransaction } from '../context.js';
import type { Db, EnterpriseFiguresTable } from '../db/database.js';
import { chunk } from '../db/dialect.js';
import { daysAfter } from '../lib/dates.js';
import { hashPassword } from '../lib/passwords.js';
import { lastDuePeriod, previousPeriod } from '../lib/report-periods.js';
import { enterprisesRepository } from '../modules/enterprises/enterprises.repository.js';
import { listedFrom } from '../modules/projects/projects.repository.js';
import { usersRepository } from '../modules/users/users.repository.js';
import { SYSTEM_ACTOR } from '../policy/actor.js';
import { CITY_NAMES } from '../seed/reference-data.js';
import { addChainMaps } from './demo-chainmap.js';
import { addFundsAndPolicies } from './demo-funds-policies.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins.js';
import { addForgingContacts, addPlanning } from './demo-planning.js';
import { addTechnologies } from './demo-technologies.js';
import { addThinkTank } from './demo-thinktank.js';
import { type Random, seeded } from './random.js';

const CITY_CODES = ['140100', '140200', '140300', '140400', '140500', '140600', '140900', '141100', '140700', '141000', '140800', '140100'];
const PREFIXES = [
  '晋',
  '汾',
  '太行',
  '吕梁',
  '恒',
  '鑫',
  '华',
  '中',
  '宏',
  '瑞',
  '泰',
  '昌',
  '盛',
  '兴',
  '广',
  '润',
  '安',
  '德',
  '金',
  '晟',
];
const SUFFIXES = ['科技', '新材料', '装备', '能源', '实业', '智造', '工业', '制造', '技术', '集团'];
const PERIODS = ['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4'];
const STAGES = ['upstream', 'midstream', 'downstream'] as const;
const ENERGY_CHAINS = ['风电装备', '氢能', '光伏', '新型储能'];

export const DEMO_SETTING = 'demo.scale';

export type DemoSummary = { enterprises: number; figures: number; users: number; projects: number };

function creditCode(seq: number, cityIndex: number): string {
  const first = `9114${CITY_CODES[cityIndex].slice(2)}${String(seq).padStart(9, '0')}`.slice(0, 17);
  return first + creditCodeCheckChar(first);
}

/** Projects and problems per province-size share of the data; a national set may ask for other counts. */
type PerProvince = { projects: number; problems: number };
const DEMO_PER_PROVINCE: PerProvince = { projects: 160, problems: 120 };

export async function generateDemo(
  deps: Deps,
  opts: { scale: number; seed?: number; perProvince?: Partial<PerProvince> },
): Promise<DemoSummary> {
  const rnd = seeded(opts.seed ?? 2024);
  const per = { ...DEMO_PER_PROVINCE, ...opts.perProvince };
  const now = deps.clock.nowIso();
  const today = deps.clock.today();
  return inTransaction(deps, async (trx) => {
    const orgs = await ensureOrganisations(trx, now);
    const chains = await trx.selectFrom('chains').select(['id', 'name']).orderBy('code').execute();
    for (const c of chains) {
      const lead = ENERGY_CHAINS.includes(c.name) ? orgs.byName.get('省能源局') : orgs.byName.get('省工信厅');
      const hosts = [rnd.int(0, 11), rnd.int(0, 11)].map((i) => orgs.zonesByCity[i][rnd.int(0, 1)]);
      await trx
        .updateTable('chains')
        .set({ lead_unit_id: lead, leader_name: `示例链长${c.name.slice(0, 1)}`, leader_post: '副省长（示例）' })
        .where('id', '=', c.id)
        .execute();
      await trx.deleteFrom('chain_hosts').where('chain_id', '=', c.id).execute();
      await trx
        .insertInto('chain_hosts')
        .values([...new Set(hosts)].map((h) => ({ chain_id: c.id, organisation_id: h })))
        .execute();
    }

    const total = Math.round(800 * opts.scale);
    const enterprises = makeEnterprises(rnd, total, orgs, now, chains.length);
    const ids = await enterprisesRepository.insertMany(
      trx,
      enterprises.map((e) => e.row),
    );
    const places = ids.flatMap(({ id }, i) =>
      enterprises[i].chains.map((k) => ({ enterpriseId: id, chainId: Number(chains[k].id), stage: rnd.pick(STAGES) })),
    );
    await enterprisesRepository.insertPlacements(trx, places, '2023-01-01', now);
    await promote(trx, rnd, places, chains.length, opts.scale, now);
    await addHonours(trx, rnd, ids, now);
    const figures = await addFigures(trx, rnd, ids, now);
    await addAlliances(trx, rnd, now);
    const projects = await addProjects(trx, rnd, orgs, ids, opts.scale, per.projects, now, today);
    await addAttraction(trx, rnd, orgs, opts.scale, now);
    await addProblems(trx, rnd, orgs, opts.scale, per.problems, now, today);
    await addChainMaps(trx, now, opts.seed ?? 2024);
    await addTechnologies(trx, now, opts.seed ?? 2024);
    await addPlanning(trx, now, opts.seed ?? 2024);
    await addForgingContacts(trx, now, opts.seed ?? 2024);
    await addFundsAndPolicies(trx, now, opts.seed ?? 2024);
    const users = await addLogins(trx, orgs.byName, ids[0].id, now);
    await addThinkTank(trx, now, opts.seed ?? 2024);

    await trx
      .insertInto('settings')
      .values({ key: DEMO_SETTING, value: String(opts.scale) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(opts.scale) }))
      .execute();
    await deps.audit.record(trx, {
      actor: SYSTEM_ACTOR,
      ip: null,
      action: 'create',
      entityType: 'demoData',
      entityId: null,
      after: { scale: opts.scale, enterprises: ids.length, figures, users },
    });
    return { enterprises: ids.length, figures, users, projects };
  });
}

async function ensureOrganisations(trx: Db, now: string) {
  const insertOrg = async (name: string, type: string, parent: number | null) => {
    const existing = await trx.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
    if (existing) return Number(existing.id);
    return Number(
      (
        await trx
          .insertInto('organisations')
          .values({ name, type, parent_id: parent, retired: false, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  };
  await insertOrg('省能源局', 'leadUnit', null);
  const zonesByCity: number[][] = [];
  for (const city of CITY_NAMES) {
    const cityId = await insertOrg(city, 'city', null);
    const short = city.replace(/市$/, '').replace('山西转型综改示范区', '综改区');
    zonesByCity.push([
      await insertOrg(`${short}示例经济技术开发区`, 'zone', cityId),
      await insertOrg(`${short}示例高新技术产业园区`, 'zone', cityId),
    ]);
  }
  const all = await trx.selectFrom('organisations').select(['id', 'name']).execute();
  const byName = new Map(all.map((o) => [o.name, Number(o.id)]));
  return { byName, zonesByCity, cityIds: CITY_NAMES.map((c) => byName.get(c) as number) };
}

/** Enterprises spread over the chains (16 in a province; more when a national data set adds chains). */
function makeEnterprises(rnd: Random, total: number, orgs: Awaited<ReturnType<typeof ensureOrganisations>>, now: string, chainCount = 16) {
  return Array.from({ length: total }, (_, i) => {
    const cityIndex = i % 12;
    const name = `${PREFIXES[i % PREFIXES.length]}${PREFIXES[Math.floor(i / PREFIXES.length) % PREFIXES.length]}示例${SUFFIXES[i % SUFFIXES.length]}${i + 1}号有限公司`;
    const first = i % chainCount;
    const chains = rnd.chance(0.15) ? [first, (first + rnd.int(1, chainCount - 1)) % chainCount] : [first];
    return {
      chains,
      row: {
        credit_code: creditCode(i + 1, cityIndex),
        name,
        city_id: orgs.cityIds[cityIndex],
        zone_id: rnd.chance(0.7) ? orgs.zonesByCity[cityIndex][rnd.int(0, 1)] : null,
        address: `${CITY_NAMES[cityIndex]}示例路 ${i + 1} 号`,
        legal_representative: `示例法人${i + 1}`,
        contact_person: `示例联系人${i + 1}`,
        contact_phone: `0351-${String(5_000_000 + i).slice(-7)}`,
        main_products: null,
        owner_org_id: orgs.cityIds[cityIndex],
        organisation_id: null,
        // a tenth of the register is left unconfirmed for half a year, to show staleness
        last_confirmed_at: i % 10 === 9 ? new Date(Date.parse(now) - 180 * 86_400_000).toISOString() : now,
        demo: true,
        created_at: now,
        updated_at: now,
      },
    };
  });
}

/** 37 链主 and 77 链核 per province-size: the first places of each chain are promoted. */
async function promote(
  trx: Db,
  rnd: Random,
  places: { enterpriseId: number; chainId: number }[],
  chainCount: number,
  scale: number,
  now: string,
) {
  const masters = Math.round(37 * scale);
  const cores = Math.round(77 * scale);
  const byChain = new Map<number, number[]>();
  for (const p of places) byChain.set(p.chainId, [...(byChain.get(p.chainId) ?? []), p.enterpriseId]);
  const changes: { enterpriseId: number; chainId: number; tier: 'master' | 'core'; from: string }[] = [];
  const lists = [...byChain.entries()];
  for (let k = 0; k < masters + cores; k++) {
    const [chainId, list] = lists[k % chainCount];
    const enterpriseId = list[Math.floor(k / chainCount)];
    if (enterpriseId === undefined) continue;
    changes.push({
      enterpriseId,
      chainId,
      tier: k < masters ? 'master' : 'core',
      from: rnd.pick(['2023-07-01', '2024-01-01', '2024-07-01']),
    });
  }
  for (const part of chunk(changes, 500)) {
    for (const c of part) {
      await trx
        .updateTable('enterprise_tiers')
        .set({ valid_to: c.from })
        .where('enterprise_id', '=', c.enterpriseId)
        .where('chain_id', '=', c.chainId)
        .where('valid_to', 'is', null)
        .execute();
    }
    await trx
      .insertInto('enterprise_tiers')
      .values(
        part.map((c) => ({
          enterprise_id: c.enterpriseId,
          chain_id: c.chainId,
          tier: c.tier,
          valid_from: c.from,
          valid_to: null,
          round_id: null,
          created_at: now,
        })),
      )
      .execute();
  }
}

async function addHonours(trx: Db, rnd: Random, ids: { id: number }[], now: string) {
  const rows = [];
  for (const { id } of ids) {
    if (rnd.chance(0.25))
      rows.push({
        enterprise_id: id,
        kind: 'srdi',
        level: 'provincial',
        year: rnd.int(2019, 2024),
        revoked_on: null,
        note: null,
        created_at: now,
      });
    if (rnd.chance(0.06))
      rows.push({
        enterprise_id: id,
        kind: 'littleGiant',
        level: 'national',
        year: rnd.int(2019, 2024),
        revoked_on: null,
        note: null,
        created_at: now,
      });
    if (rnd.chance(0.01))
      rows.push({
        enterprise_id: id,
        kind: 'singleChampion',
        level: 'national',
        year: rnd.int(2017, 2024),
        revoked_on: null,
        note: null,
        created_at: now,
      });
    if (rnd.chance(0.3))
      rows.push({
        enterprise_id: id,
        kind: 'highTech',
        level: 'national',
        year: rnd.int(2018, 2024),
        revoked_on: null,
        note: null,
        created_at: now,
      });
  }
  for (const part of chunk(rows, 3000)) await trx.insertInto('enterprise_honours').values(part).execute();
}

/** Eight quarters: about 6,300亿 in 2023 and 7,000亿+ in 2024 for one province, growing ~11%. */
async function addFigures(trx: Db, rnd: Random, ids: { id: number }[], now: string): Promise<number> {
  let count = 0;
  const batch: Insertable<EnterpriseFiguresTable>[] = [];
  const flush = async () => {
    if (batch.length) await trx.insertInto('enterprise_figures').values(batch.splice(0)).execute();
  };
  for (const { id } of ids) {
    const yearly = rnd.logNormal(3.9e8, 1.2); // yuan a year, 2023
    const growth = 1 + rnd.logNormal(0.11, 0.5) * (rnd.chance(0.15) ? -0.5 : 1);
    for (const [q, period] of PERIODS.entries()) {
      const revenue = Math.round((yearly / 4) * (q >= 4 ? growth : 1) * (0.9 + rnd.next() * 0.2));
      batch.push({
        enterprise_id: id,
        period,
        revenue,
        output: Math.round(revenue * (0.8 + rnd.next() * 0.3)),
        tax: Math.round(revenue * 0.04),
        rd_spending: Math.round(revenue * (0.01 + rnd.next() * 0.04)),
        employees: Math.max(20, Math.round(revenue / 1.2e6)),
        investment: Math.round(revenue * rnd.next() * 0.2),
        reported_at: now,
        reported_by: null,
      });
      count++;
      if (batch.length >= 2000) await flush();
    }
  }
  await flush();
  return count;
}

/** Alliances on the first six chains, five of them pilots, each led by the chain's first 链主. */
async function addAlliances(trx: Db, rnd: Random, now: string) {
  const masters = await trx
    .selectFrom('enterprise_tiers as t')
    .innerJoin('chains as c', 'c.id', 't.chain_id')
    .select(['t.chain_id', 't.enterprise_id', 'c.name'])
    .where('t.tier', '=', 'master')
    .where('t.valid_to', 'is', null)
    .orderBy('c.code')
    .orderBy('t.enterprise_id')
    .execute();
  const seen = new Set<number>();
  for (const m of masters) {
    const chainId = Number(m.chain_id);
    if (seen.has(chainId) || seen.size >= 6) continue;
    seen.add(chainId);
    const alliance = await trx
      .insertInto('alliances')
      .values({
        chain_id: chainId,
        name: `${m.name}产业链协作联合体（示例）`,
        leader_enterprise_id: m.enterprise_id,
        fields: JSON.stringify(['technology', 'supplyDemand', 'finance'].slice(0, rnd.int(1, 3))),
        pilot: seen.size <= 5,
        founded_on: '2024-05-20',
        notes: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = await trx
      .selectFrom('enterprise_chains')
      .select('enterprise_id')
      .where('chain_id', '=', chainId)
      .where('enterprise_id', '!=', m.enterprise_id)
      .orderBy('enterprise_id')
      .limit(rnd.int(3, 8))
      .execute();
    if (members.length) {
      await trx
        .insertInto('alliance_members')
        .values(members.map((x) => ({ alliance_id: alliance.id, enterprise_id: x.enterprise_id, joined_on: '2024-05-20' })))
        .execute();
    }
    await trx
      .insertInto('alliance_activities')
      .values({
        alliance_id: alliance.id,
        date: '2024-06-18',
        field: 'technology',
        title: `${m.name}关键技术联合攻关对接会（示例）`,
        result: '形成联合攻关任务清单',
        created_at: now,
      })
      .execute();
  }
}

const PROJECT_WORDS = ['扩能改造', '智能制造基地', '产业园', '技术改造', '新材料生产线', '研发中心', '配套项目', '循环经济'];
const PROJECT_CLASSES = ['planning', 'reserve', 'reserve', 'underway', 'underway', 'underway', 'completed'] as const;

/** `perProvince` projects per province-size share (the demo's 160, about 150 of them ≥ 1亿元): mostly under way, reported monthly, a few late. */
async function addProjects(
  trx: Db,
  rnd: Random,
  orgs: Awaited<ReturnType<typeof ensureOrganisations>>,
  enterpriseIds: { id: number }[],
  scale: number,
  perProvince: number,
  now: string,
  today: string,
) {
  const chains = await trx.selectFrom('chains').select(['id', 'name']).orderBy('code').execute();
  const total = Math.round(perProvince * scale);
  const due = lastDuePeriod(today, 1);
  const createdAt = '2024-01-15T02:00:00.000Z';
  const projectRows = Array.from({ length: total }, (_, i) => {
    const chain = chains[i % chains.length];
    const cityIndex = (i * 7) % 12;
    const cls = rnd.pick(PROJECT_CLASSES);
    const totalInvestment = Math.round(rnd.logNormal(5e8, 0.9) / 1e6) * 1e6 + 1e8;
    return {
      name: `${chain.name}${PROJECT_WORDS[i % PROJECT_WORDS.length]}（示例${i + 1}）`,
      year: 2024,
      chain_id: chain.id,
      stage: rnd.pick(STAGES),
      city_id: orgs.cityIds[cityIndex],
      zone_id: rnd.chance(0.7) ? orgs.zonesByCity[cityIndex][rnd.int(0, 1)] : null,
      enterprise_id: enterpriseIds[(i * 13) % enterpriseIds.length].id,
      builder: `示例建设单位${i + 1}`,
      partners: null,
      content: `建设${chain.name}相关生产线及配套设施（示例）`,
      total_investment: totalInvestment,
      annual_plan_investment: Math.round(totalInvestment * 0.3),
      completed_investment: 0,
      class: cls,
      build_type: cls === 'underway' ? rnd.pick(['new', 'continuing']) : null,
      planned_sign_on: '2024-03-01',
      planned_start_on: '2024-06-01',
      planned_complete_on: '2026-12-31',
      planned_production_on: '2027-06-30',
      actual_sign_on: cls === 'planning' ? null : '2024-03-18',
      actual_start_on: cls === 'underway' || cls === 'completed' ? '2024-06-20' : null,
      actual_complete_on: cls === 'completed' ? '2025-12-20' : null,
      actual_production_on: cls === 'completed' ? '2026-03-01' : null,
      liaison_official: `示例包联领导${(i % 30) + 1}`,
      liaison_phone: null,
      lead_unit_contact: null,
      report_cycle_months: 1,
      demonstration: i < chains.length * 2 && i % 2 === 0,
      demo: true,
      created_at: createdAt,
      updated_at: now,
    };
  });
  const ids: number[] = [];
  for (const part of chunk(projectRows, 500))
    ids.push(...(await trx.insertInto('projects').values(part).returning('id').execute()).map((r) => Number(r.id)));
  const events = ids.map((id, i) => ({
    project_id: id,
    at: createdAt,
    user_id: null,
    username: 'system',
    kind: 'created',
    summary: `列入${projectRows[i].class === 'planning' ? '谋划类' : '重点项目清单'}（示例数据）`,
    from_json: null,
    to_json: null,
  }));
  for (const part of chunk(events, 1000)) await trx.insertInto('project_events').values(part).execute();
  const classSpans = ids.map((id, i) => ({
    project_id: id,
    class: projectRows[i].class,
    valid_from: listedFrom(2024, createdAt),
    valid_to: null,
    recorded_at: createdAt,
  }));
  for (const part of chunk(classSpans, 1000)) await trx.insertInto('project_class_history').values(part).execute();
  // the last six monthly reports of every project still in the pipeline; one in seven misses the latest
  const reports = [];
  for (const [i, id] of ids.entries()) {
    if (!['planning', 'reserve', 'underway'].includes(projectRows[i].class)) continue;
    let period = due;
    for (let k = 0; k < 6; k++, period = previousPeriod(period)) {
      if (k === 0 && i % 7 === 3) continue;
      reports.push({
        project_id: id,
        period,
        progress: '按计划推进（示例）',
        investment_in_period: Math.round(projectRows[i].total_investment / 60),
        problems: k === 1 && i % 5 === 0 ? '用地、能耗指标待协调（示例）' : null,
        reported_by: 'city',
        reported_at: now,
        late: false,
      });
    }
  }
  for (const part of chunk(reports, 1000)) await trx.insertInto('project_reports').values(part).execute();
  for (const part of chunk(ids, 500)) {
    await trx
      .updateTable('projects')
      .set((eb) => ({
        completed_investment: eb.fn.coalesce(
          eb
            .selectFrom('project_reports as r')
            .whereRef('r.project_id', '=', 'projects.id')
            .select((x) => x.fn.sum<number>('r.investment_in_period').as('s')),
          eb.val(0),
        ),
      }))
      .where('id', 'in', part)
      .execute();
  }
  const demos = chains.slice(0, 6).map((c, i) => ({
    chain_id: c.id,
    mode: i % 2 ? 'leadUnitZone' : 'projectLeaderHost',
    title: `${c.name}${i % 2 ? '“链长牵头单位+园区”锻造示范' : '“项目+链长+属地”共建示范'}（示例）`,
    project_id: null,
    zone_id: null,
    recognised_on: '2024-11-30',
    notes: null,
    created_at: now,
  }));
  await trx.insertInto('mode_demonstrations').values(demos).execute();
  return ids.length;
}

const LEAD_STAGES = ['lead', 'contacted', 'negotiating', 'signed', 'landed', 'landed', 'landed', 'dropped'] as const;

/** Published host zones, targets at the notice's floors, and about 300 leads per province. */
async function addAttraction(trx: Db, rnd: Random, orgs: Awaited<ReturnType<typeof ensureOrganisations>>, scale: number, now: string) {
  const chains = await trx.selectFrom('chains').select(['id', 'name', 'lead_unit_id']).orderBy('code').execute();
  const proposals = chains.map((c, i) => ({
    chain_id: c.id,
    zone_id: orgs.zonesByCity[i % 12][0],
    proposed_by: c.lead_unit_id as number,
    reason: `${c.name}产业基础较好（示例）`,
    state: 'accepted',
    decision_note: '研究确定（示例）',
    published_at: '2024-03-20T02:00:00.000Z',
    created_at: '2024-02-20T02:00:00.000Z',
  }));
  const proposalIds = await trx.insertInto('host_zone_proposals').values(proposals).returning(['id', 'zone_id']).execute();
  // a decided zone carries the opinions of its city, 省商务厅 and 省投促局, as the rule requires
  const departments = await trx.selectFrom('organisations').select('id').where('name', 'in', ['省商务厅', '省投促局']).execute();
  const zoneCity = new Map(orgs.zonesByCity.flatMap((zones, i) => zones.map((z) => [z, orgs.cityIds[i]] as const)));
  await trx
    .insertInto('proposal_opinions')
    .values(
      proposalIds.flatMap((p) =>
        [zoneCity.get(Number(p.zone_id)) as number, ...departments.map((d) => Number(d.id))].map((organisation_id) => ({
          proposal_id: p.id,
          organisation_id,
          verdict: 'agree',
          note: '同意（示例）',
          at: '2024-03-01T02:00:00.000Z',
        })),
      ),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  const targets = [
    ...orgs.cityIds.map((id) => ({
      year: 2024,
      organisation_id: id,
      chain_id: null,
      landed_target: 10 + rnd.int(0, 5),
      note: null,
      updated_at: now,
    })),
    ...orgs.zonesByCity
      .flat()
      .map((id) => ({ year: 2024, organisation_id: id, chain_id: null, landed_target: 2 + rnd.int(0, 2), note: null, updated_at: now })),
  ];
  await trx.insertInto('attraction_targets').values(targets).execute();
  // a lead a chain master brings names one of the chain's masters
  const masters = new Map<number, number[]>();
  for (const m of await trx.selectFrom('enterprise_tiers').select(['chain_id', 'enterprise_id']).where('tier', '=', 'master').execute())
    masters.set(Number(m.chain_id), [...(masters.get(Number(m.chain_id)) ?? []), Number(m.enterprise_id)]);
  const total = Math.round(300 * scale);
  const leads = Array.from({ length: total }, (_, i) => {
    const cityIndex = i % 12;
    const stage = rnd.pick(LEAD_STAGES);
    const chainId = Number(chains[i % chains.length].id);
    const source = rnd.pick(['chainMasterBrings', 'targetMaster', 'fund', 'event', 'other'] as const);
    const master =
      source === 'chainMasterBrings' ? (masters.get(chainId) ?? [])[i % Math.max(1, masters.get(chainId)?.length ?? 1)] : undefined;
    const month = String(rnd.int(1, 11)).padStart(2, '0');
    return {
      target_name: `${PREFIXES[(i * 3) % PREFIXES.length]}示例${SUFFIXES[(i * 7) % SUFFIXES.length]}（省外）有限公司${i + 1}`,
      target_credit_code: null,
      in_province: false,
      enterprise_id: null,
      chain_id: chainId,
      stage: rnd.pick(STAGES),
      source,
      chain_master_id: master ?? null,
      city_id: orgs.cityIds[cityIndex],
      zone_id: orgs.zonesByCity[cityIndex][rnd.int(0, 1)],
      responsible_person: `示例招商专员${(i % 40) + 1}`,
      expected_investment: Math.round(rnd.logNormal(2e8, 1) / 1e6) * 1e6,
      pipeline_stage: stage,
      signed_on: stage === 'signed' || stage === 'landed' ? `2024-${month}-10` : null,
      landed_on: stage === 'landed' ? `2024-${String(Math.min(12, Number(month) + 1)).padStart(2, '0')}-15` : null,
      project_id: null,
      fills_gap: rnd.chance(0.2),
      notes: stage === 'dropped' ? '终止原因：企业投资计划调整（示例）' : null,
      demo: true,
      created_at: '2024-01-20T02:00:00.000Z',
      updated_at: now,
    };
  });
  for (const part of chunk(leads, 500)) {
    const ids = await trx.insertInto('leads').values(part).returning(['id', 'pipeline_stage', 'signed_on', 'landed_on']).execute();
    await trx
      .insertInto('lead_events')
      .values(
        ids.map((l) => ({
          lead_id: l.id,
          at: now,
          on_date: l.landed_on ?? l.signed_on ?? '2024-01-20',
          username: 'city',
          from_stage: null,
          to_stage: l.pipeline_stage,
          evidence: '示例数据',
        })),
      )
      .execute();
  }
}

const PROBLEM_TITLES = [
  '项目用地指标不足',
  '能耗指标待落实',
  '流动资金紧张',
  '环评审批进度慢',
  '高端人才引进难',
  '关键设备依赖进口',
  '本地配套不足',
  '产品市场开拓难',
  '政策兑现不及时',
];
const PROBLEM_CATEGORIES = ['land', 'energy', 'funding', 'approval', 'talent', 'technology', 'supply', 'market', 'policy'];
const PROBLEM_STATES = ['raised', 'accepted', 'inProgress', 'answered', 'closed', 'closed', 'closed'] as const;

/** Problems in every state (about 120 per province), a few overdue and escalated, and a meeting per chain. */
async function addProblems(
  trx: Db,
  rnd: Random,
  orgs: Awaited<ReturnType<typeof ensureOrganisations>>,
  scale: number,
  perProvince: number,
  now: string,
  today: string,
) {
  const chains = await trx.selectFrom('chains').select(['id', 'name', 'lead_unit_id']).orderBy('code').execute();
  const total = Math.round(perProvince * scale);
  const rows = Array.from({ length: total }, (_, i) => {
    const k = i % PROBLEM_TITLES.length;
    const state = rnd.pick(PROBLEM_STATES);
    const chain = chains[i % chains.length];
    const created = `2024-${String(rnd.int(1, 10)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
    return {
      title: `${PROBLEM_TITLES[k]}（示例）`,
      description: `${chain.name}产业链企业反映：${PROBLEM_TITLES[k]}（示例数据）`,
      category: PROBLEM_CATEGORIES[k],
      chain_id: chain.id,
      project_id: null,
      enterprise_id: null,
      raised_by_org_id: orgs.cityIds[i % 12],
      raised_by_user_id: null,
      visit_id: null,
      responsible_org_id: chain.lead_unit_id as number,
      responsible_person: null,
      deadline: state === 'closed' ? `${created.slice(0, 8)}28` : daysAfter(today, rnd.int(-20, 40)),
      state,
      level: i % 11 === 0 ? 'chainLeader' : 'leadUnit',
      answer: state === 'answered' || state === 'closed' ? '已协调解决（示例）' : null,
      rating: state === 'closed' ? rnd.pick(['satisfied', 'satisfied', 'basically']) : null,
      demo: true,
      created_at: `${created}T02:00:00.000Z`,
      updated_at: now,
      closed_at: state === 'closed' ? `${daysAfter(created, rnd.int(5, 40))}T02:00:00.000Z` : null,
    };
  });
  for (const part of chunk(rows, 500)) {
    const ids = await trx.insertInto('problems').values(part).returning(['id', 'created_at', 'raised_by_org_id']).execute();
    await trx
      .insertInto('problem_events')
      .values(
        ids.map((p) => ({
          problem_id: p.id,
          at: p.created_at,
          username: 'city',
          organisation_id: p.raised_by_org_id,
          kind: 'raised',
          note: '示例数据',
          from_state: null,
          to_state: 'raised',
        })),
      )
      .execute();
  }
  for (const c of chains.slice(0, Math.min(chains.length, Math.max(1, Math.round(8 * scale))))) {
    const meeting = await trx
      .insertInto('meetings')
      .values({
        chain_id: c.id,
        held_on: '2024-09-12',
        title: `${c.name}产业链链长协调会（示例）`,
        location: '省政府会议室',
        attendees: '链长、链长牵头单位、相关市政府（示例）',
        notes: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('meeting_decisions')
      .values({
        meeting_id: meeting.id,
        content: '协调解决重点项目用地和能耗指标（示例）',
        owner_org_id: c.lead_unit_id as number,
        owner_person: null,
        deadline: '2024-12-31',
        problem_id: null,
        done: rnd.chance(0.5),
        progress: '[]',
      })
      .execute();
  }
}

async function addLogins(trx: Db, orgs: Map<string, number>, firstEnterpriseId: number, now: string): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // the enterprise login belongs to an organisation that stands for the first demo enterprise
  const enterprise = await trx.selectFrom('enterprises').select('name').where('id', '=', firstEnterpriseId).executeTakeFirstOrThrow();
  const enterpriseOrg = Number(
    (
      await trx
        .insertInto('organisations')
        .values({ name: enterprise.name, type: 'enterprise', parent_id: null, retired: false, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
  await trx.updateTable('enterprises').set({ organisation_id: enterpriseOrg }).where('id', '=', firstEnterpriseId).execute();
  let count = 0;
  for (const login of DEMO_LOGINS) {
    if (await usersRepository.findByUsername(trx, login.username)) continue;
    const id = await usersRepository.insert(trx, {
      username: login.username,
      display_name: login.label.split(' · ').pop() as string,
      organisation_id: login.org ? (orgs.get(login.org) as number) : enterpriseOrg,
      password_hash: passwordHash,
      must_change_password: false,
      failed_attempts: 0,
      locked_until: null,
      disabled: false,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    });
    await usersRepository.setRoles(trx, id, login.roles);
    if (login.roles.includes('chainLeader'))
      await trx.updateTable('chains').set({ leader_user_id: id }).where('name', '=', '光伏').execute();
    count++;
  }
  return count;
}
