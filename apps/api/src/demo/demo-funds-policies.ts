/**
 * Demo industry funds and precise policies: a dozen funds of the three levels with capital
 * cooperation with chain masters and investments in chain enterprises and key projects; about twenty
 * policies (the year's incentive scheme among them) with support granted in 2024 to enterprises that
 * report figures for 2023 and 2024, so the effect evaluation has a before and an after. Deterministic;
 * every row is marked demo.
 */
import type { InvestmentStage, PolicySupport } from '@chainboard/contracts';
import type { Db } from '../db/database.js';
import { fundsRepository } from '../modules/funds/funds.repository.js';
import { policiesRepository } from '../modules/policies/policies.repository.js';
import { seeded } from './random.js';

const YI = 100_000_000;
const WAN = 10_000;

const FUNDS: { name: string; manager: string; level: 'national' | 'provincial' | 'city'; yi: number; keeper?: string }[] = [
  { name: '国家制造业转型升级基金（示例）', manager: '国家制造业转型升级基金股份有限公司（示例）', level: 'national', yi: 1472 },
  { name: '国家中小企业发展基金（示例）', manager: '国投创合基金管理有限公司（示例）', level: 'national', yi: 357 },
  { name: '国家绿色发展基金（示例）', manager: '国家绿色发展基金股份有限公司（示例）', level: 'national', yi: 885 },
  {
    name: '山西省产业链链主企业投资基金（示例）',
    manager: '山西金控投资控股集团有限公司',
    level: 'provincial',
    yi: 100,
    keeper: '省财政厅',
  },
  {
    name: '山西省战略性新兴产业投资基金（示例）',
    manager: '山西省产业投资引导基金管理有限公司（示例）',
    level: 'provincial',
    yi: 200,
    keeper: '省财政厅',
  },
  {
    name: '山西省中小企业发展基金（示例）',
    manager: '山西中小企业创业投资管理有限公司（示例）',
    level: 'provincial',
    yi: 30,
    keeper: '省地方金融监管局',
  },
  { name: '山西省新能源产业基金（示例）', manager: '山西能源投资管理有限公司（示例）', level: 'provincial', yi: 50, keeper: '省财政厅' },
  {
    name: '山西转型综改示范区产业基金（示例）',
    manager: '综改区产业投资有限公司（示例）',
    level: 'provincial',
    yi: 20,
    keeper: '省地方金融监管局',
  },
  { name: '太原市产业引导基金（示例）', manager: '太原市产业投资集团（示例）', level: 'city', yi: 50 },
  { name: '大同市新能源产业基金（示例）', manager: '大同市投资控股集团（示例）', level: 'city', yi: 20 },
  { name: '长治市产业转型基金（示例）', manager: '长治市投资集团（示例）', level: 'city', yi: 15 },
  { name: '晋城市光机电产业基金（示例）', manager: '晋城市金融控股集团（示例）', level: 'city', yi: 10 },
];

const FORMS = ['共同设立子基金', '股权投资', '定向增发认购', '可转债投资', '并购重组合作'];
const STAGES: InvestmentStage[] = ['invested', 'invested', 'invested', 'decided', 'dueDiligence', 'intent', 'exited'];
const STAGE_TEXT: Record<InvestmentStage, string> = {
  intent: '意向',
  dueDiligence: '尽调',
  decided: '投决',
  invested: '已投',
  exited: '退出',
};

const POLICY_THEMES: { title: string; supports: PolicySupport[] }[] = [
  { title: '链主企业营收跨越升级奖励办法', supports: ['masterStepUp'] },
  { title: '重点项目建设要素保障若干措施', supports: ['projects', 'land', 'energy'] },
  { title: '产业链精准招商奖励办法', supports: ['attraction'] },
  { title: '产业链高层次人才引进支持办法', supports: ['talent'] },
  { title: '专精特新企业梯度培育支持措施', supports: ['masterStepUp', 'talent'] },
  { title: '重点产业链用能保障实施细则', supports: ['energy'] },
  { title: '标准地出让支持产业链项目落地办法', supports: ['land', 'projects'] },
];

export async function addFundsAndPolicies(trx: Db, now: string, seed: number): Promise<{ funds: number; policies: number }> {
  const rnd = seeded(seed + 2020);
  const chains = (await trx.selectFrom('chains').select(['id', 'name', 'lead_unit_id']).orderBy('code').execute()).map((c) => ({
    id: Number(c.id),
    name: c.name,
    leadUnitId: c.lead_unit_id === null ? null : Number(c.lead_unit_id),
  }));
  const orgs = new Map(
    (await trx.selectFrom('organisations').select(['id', 'name']).execute()).map((o) => [o.name, Number(o.id)] as const),
  );
  const members = new Map<number, number[]>();
  for (const row of await trx
    .selectFrom('enterprise_chains as ec')
    .innerJoin('enterprises as e', 'e.id', 'ec.enterprise_id')
    .select(['ec.chain_id', 'ec.enterprise_id'])
    .where('e.demo', '=', true)
    .orderBy('ec.enterprise_id')
    .execute()) {
    const list = members.get(Number(row.chain_id)) ?? [];
    list.push(Number(row.enterprise_id));
    members.set(Number(row.chain_id), list);
  }
  const masters = await trx
    .selectFrom('enterprise_tiers')
    .select(['chain_id', 'enterprise_id'])
    .where('tier', '=', 'master')
    .where('valid_to', 'is', null)
    .orderBy('enterprise_id')
    .execute();
  const projects = await trx.selectFrom('projects').select(['id', 'chain_id']).where('demo', '=', true).orderBy('id').execute();

  let fundIndex = 0;
  for (const f of FUNDS) {
    const focus = [...new Set([chains[fundIndex % chains.length], rnd.pick(chains), rnd.pick(chains)].map((c) => c.id))];
    const fundId = await fundsRepository.insert(trx, {
      name: f.name,
      manager: f.manager,
      level: f.level,
      size: f.yi * YI,
      establishedOn: `${rnd.int(2016, 2023)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
      keeperOrgId: f.keeper ? (orgs.get(f.keeper) ?? null) : null,
      notes: null,
      chainIds: focus,
      demo: true,
      at: now,
    });
    fundIndex++;
    // capital cooperation with a chain master of one of the focus chains
    const master = masters.find((m) => focus.includes(Number(m.chain_id)));
    if (master)
      await fundsRepository.insertCooperation(trx, {
        fundId,
        enterpriseId: Number(master.enterprise_id),
        chainId: Number(master.chain_id),
        cooperatedOn: `2024-0${rnd.int(1, 9)}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
        form: rnd.pick(FORMS),
        amount: rnd.int(5, 60) * 1000 * WAN,
        notes: null,
        demo: true,
        at: now,
      });
    const count = rnd.int(3, 6);
    for (let i = 0; i < count; i++) {
      const chainId = rnd.pick(focus);
      const onProject = rnd.chance(0.35) ? projects.find((p) => Number(p.chain_id) === chainId && rnd.chance(0.5)) : undefined;
      const pool = members.get(chainId) ?? [];
      if (!onProject && !pool.length) continue;
      const stage = rnd.pick(STAGES);
      const investedOn = `${rnd.chance(0.8) ? 2024 : 2023}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
      const investmentId = await fundsRepository.insertInvestment(trx, {
        fundId,
        chainId,
        enterpriseId: onProject ? null : pool[rnd.int(0, Math.min(pool.length, 40) - 1)],
        projectId: onProject ? Number(onProject.id) : null,
        amount: rnd.int(2, 80) * 500 * WAN,
        investedOn,
        stage,
        notes: null,
        demo: true,
        at: now,
      });
      await fundsRepository.addInvestmentEvent(trx, {
        investmentId,
        at: now,
        username: 'system',
        summary: `登记投资（${STAGE_TEXT[stage]}，${investedOn}）`,
      });
    }
  }

  // policies: the year's incentive scheme for every chain, and chain policies of the lead units
  const office = orgs.get('省链长办') ?? null;
  let policies = 0;
  const scheme = await policiesRepository.insert(trx, {
    title: '山西省重点产业链“链长制”2024年激励办法（示例）',
    issuerOrgId: office,
    issuerName: '省链长办',
    documentNumber: '晋链办发〔2024〕3号（示例）',
    issuedOn: '2024-03-15',
    supports: ['attraction', 'masterStepUp', 'projects'],
    incentiveScheme: true,
    schemeYear: 2024,
    summary: '对年度考核优秀的产业链、链主企业和承载示范开发区给予奖励（示例数据）。',
    chainIds: [],
    demo: true,
    at: now,
  });
  policies++;
  const policyIds: { id: number; chainIds: number[]; issuedOn: string }[] = [
    { id: scheme, chainIds: chains.map((c) => c.id), issuedOn: '2024-03-15' },
  ];
  for (let i = 0; i < 19; i++) {
    const theme = POLICY_THEMES[i % POLICY_THEMES.length];
    const chain = chains[i % chains.length];
    const issuer = chain.leadUnitId ?? office;
    const issuerName = [...orgs.entries()].find(([, id]) => id === issuer)?.[0] ?? '省链长办';
    const issuedOn = `2024-0${rnd.int(1, 5)}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
    const id = await policiesRepository.insert(trx, {
      title: `${chain.name}产业链${theme.title}（示例）`,
      issuerOrgId: issuer,
      issuerName,
      documentNumber: null,
      issuedOn,
      supports: theme.supports,
      incentiveScheme: false,
      schemeYear: null,
      summary: `支持${chain.name}产业链企业和重点项目（示例数据）。`,
      chainIds: [chain.id],
      demo: true,
      at: now,
    });
    policies++;
    policyIds.push({ id, chainIds: [chain.id], issuedOn });
  }
  for (const p of policyIds) {
    const grants = rnd.int(2, 5);
    for (let g = 0; g < grants; g++) {
      const chainId = rnd.pick(p.chainIds);
      const pool = members.get(chainId) ?? [];
      const project = rnd.chance(0.2) ? projects.find((x) => Number(x.chain_id) === chainId) : undefined;
      if (!project && !pool.length) continue;
      const month = Math.max(Number(p.issuedOn.slice(5, 7)) + rnd.int(1, 4), 1);
      await policiesRepository.insertGrant(trx, {
        policyId: p.id,
        enterpriseId: project ? null : pool[rnd.int(0, Math.min(pool.length, 40) - 1)],
        projectId: project ? Number(project.id) : null,
        amount: rnd.int(5, 200) * 10 * WAN,
        grantedOn: `2024-${String(Math.min(month, 11)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
        note: null,
        demo: true,
        at: now,
      });
    }
  }
  return { funds: FUNDS.length, policies };
}
