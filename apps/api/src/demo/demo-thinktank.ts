/**
 * Demo think tank: about 60 experts across the 16 chains, each chain's consultation group (published
 * in 2024Q1), consultations with the chain's enterprises, expert reports at different follow-up states
 * and flexible pairings with chain masters and backbone enterprises, with their services. The demo's
 * `expert` login is the first expert. Deterministic; every row is marked demo.
 */
import type { Db } from '../db/database.js';
import { seeded } from './random.js';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '郭', '马', '罗', '梁'];
const GIVEN = [
  '建国',
  '志强',
  '晓东',
  '海涛',
  '丽华',
  '文斌',
  '雪梅',
  '国庆',
  '振华',
  '晓燕',
  '立新',
  '秀英',
  '宏伟',
  '春生',
  '明远',
  '雅琴',
];
const UNITS = [
  '太原理工大学',
  '山西大学',
  '中北大学',
  '太原科技大学',
  '中国科学院山西煤炭化学研究所',
  '山西省科学院',
  '北京科技大学',
  '清华大学',
  '中国钢研科技集团有限公司',
  '国网能源研究院',
  '山西省社会科学院',
  '中国电子科技集团公司第二研究所',
];
const TITLES = ['教授', '研究员', '正高级工程师', '副教授', '高级经济师', '教授级高级工程师'];
const ASPECTS = ['技术', '产业经济', '工艺与装备', '市场与投资', '标准与检测'];
const TOPICS = ['技术路线研判', '延链补链方向', '重点项目论证', '关键技术攻关对接', '市场趋势分析', '企业数字化转型诊断'];
const SERVICES = [
  '现场诊断生产工艺',
  '参加企业技术方案评审',
  '指导申报省级创新平台',
  '开展管理人员专题培训',
  '对接高校科研团队',
  '提出降本增效建议',
];

export async function addThinkTank(trx: Db, now: string, seed: number): Promise<void> {
  const rnd = seeded(seed + 11);
  const chains = (await trx.selectFrom('chains').select(['id', 'name']).orderBy('code').execute()).map((c) => ({
    id: Number(c.id),
    name: c.name,
  }));
  if (!chains.length) return;
  const perChain = new Map<number, number[]>(chains.map((c) => [c.id, []]));
  const insertExpert = async (n: number, chainIds: number[]) => {
    const chain = chains.find((c) => c.id === chainIds[0]) as { name: string };
    const { id } = await trx
      .insertInto('experts')
      .values({
        name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}`,
        field: `${chain.name}${rnd.pick(ASPECTS)}`,
        work_unit: rnd.pick(UNITS),
        title: rnd.pick(TITLES),
        phone: `139${String(35_000_000 + n * 7919).padStart(8, '0')}`,
        email: rnd.chance(0.6) ? `expert${n + 1}@example.com` : null,
        notes: null,
        user_id: null,
        demo: true,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('expert_chains')
      .values(chainIds.map((chain_id) => ({ expert_id: Number(id), chain_id })))
      .execute();
    for (const c of chainIds) perChain.get(c)?.push(Number(id));
    return Number(id);
  };
  // four experts a chain, every fifth also serving the next chain: 64 in all
  let n = 0;
  for (const [i, c] of chains.entries()) {
    for (let k = 0; k < 4; k++, n++) {
      const next = chains[(i + 1) % chains.length].id;
      await insertExpert(n, n % 5 === 0 && next !== c.id ? [c.id, next] : [c.id]);
    }
  }
  const demoLogin = await trx.selectFrom('users').select('id').where('username', '=', 'expert').executeTakeFirst();
  const first = perChain.get(chains[0].id)?.[0];
  if (demoLogin && first)
    await trx
      .updateTable('experts')
      .set({ user_id: Number(demoLogin.id) })
      .where('id', '=', first)
      .execute();

  for (const [i, c] of chains.entries()) {
    const experts = perChain.get(c.id) ?? [];
    await trx
      .insertInto('expert_groups')
      .values({ chain_id: c.id, published_at: `2024-03-${String(10 + (i % 18)).padStart(2, '0')}`, updated_at: now })
      .execute();
    await trx
      .insertInto('expert_group_members')
      .values(experts.map((expert_id, k) => ({ chain_id: c.id, expert_id, role: k === 0 ? 'leader' : 'member' })))
      .execute();

    const enterprises = (
      await trx
        .selectFrom('enterprise_chains')
        .select('enterprise_id')
        .where('chain_id', '=', c.id)
        .orderBy('enterprise_id')
        .limit(30)
        .execute()
    ).map((e) => Number(e.enterprise_id));
    const leaders = (
      await trx
        .selectFrom('enterprise_tiers')
        .select('enterprise_id')
        .where('chain_id', '=', c.id)
        .where('tier', 'in', ['master', 'core'])
        .where('valid_to', 'is', null)
        .orderBy('enterprise_id')
        .limit(5)
        .execute()
    ).map((e) => Number(e.enterprise_id));

    for (let k = 0; k < rnd.int(2, 3); k++) {
      const { id } = await trx
        .insertInto('consultations')
        .values({
          chain_id: c.id,
          held_on: `2024-${String(rnd.int(4, 10)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
          topic: `${c.name}${rnd.pick(TOPICS)}专家咨询会`,
          outcome: `专家组就${c.name}产业链发展提出意见建议${rnd.int(3, 8)}条，已交牵头单位研究落实。`,
          recorded_by_org_id: null,
          demo: true,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const taking = experts.filter(() => rnd.chance(0.7));
      await trx
        .insertInto('consultation_experts')
        .values((taking.length ? taking : experts.slice(0, 1)).map((expert_id) => ({ consultation_id: Number(id), expert_id })))
        .execute();
      const guests = [...new Set(enterprises.filter(() => rnd.chance(0.15)).slice(0, 5))];
      if (guests.length)
        await trx
          .insertInto('consultation_enterprises')
          .values(guests.map((enterprise_id) => ({ consultation_id: Number(id), enterprise_id })))
          .execute();
    }

    for (let k = 0; k < rnd.int(1, 2); k++) {
      const state = rnd.pick(['pending', 'inProgress', 'done'] as const);
      const { id } = await trx
        .insertInto('expert_reports')
        .values({
          chain_id: c.id,
          title: `关于推动${c.name}产业链${k === 0 ? '高质量发展' : '关键环节补链强链'}的建议`,
          reported_on: `2024-${String(rnd.int(5, 11)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
          recommendations: `一、聚焦${c.name}关键环节，引进培育配套企业。\n二、支持链主企业牵头组建创新联合体。\n三、完善产业链人才引育政策。`,
          follow_up: state === 'pending' ? null : `牵头单位已将建议纳入工作计划${state === 'done' ? '并落实完毕' : '，正在推进'}。`,
          follow_up_state: state,
          demo: true,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('expert_report_authors')
        .values(experts.slice(0, rnd.int(1, 2)).map((expert_id) => ({ report_id: Number(id), expert_id })))
        .execute();
    }

    const partners = leaders.length ? leaders : enterprises.slice(0, 2);
    for (const [k, enterpriseId] of partners.slice(0, 2).entries()) {
      const fromMonth = rnd.int(1, 6);
      const { id } = await trx
        .insertInto('expert_pairings')
        .values({
          expert_id: experts[(k + 1) % experts.length] ?? experts[0],
          enterprise_id: enterpriseId,
          chain_id: c.id,
          from_on: `2024-${String(fromMonth).padStart(2, '0')}-01`,
          to_on: '2025-12-31',
          notes: null,
          demo: true,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const count = rnd.int(1, 4);
      await trx
        .insertInto('pairing_services')
        .values(
          Array.from({ length: count }, (_, s) => ({
            pairing_id: Number(id),
            served_on: `2024-${String(Math.min(12, fromMonth + 1 + s * 2)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
            content: rnd.pick(SERVICES),
            recorded_by: '示例数据',
            created_at: now,
          })),
        )
        .execute();
    }
  }
  // the demo expert login also has a pairing of its own
  if (first && !(await trx.selectFrom('expert_pairings').select('id').where('expert_id', '=', first).executeTakeFirst())) {
    const partner = await trx
      .selectFrom('enterprise_chains')
      .select('enterprise_id')
      .where('chain_id', '=', chains[0].id)
      .orderBy('enterprise_id')
      .executeTakeFirst();
    if (partner)
      await trx
        .insertInto('expert_pairings')
        .values({
          expert_id: first,
          enterprise_id: Number(partner.enterprise_id),
          chain_id: chains[0].id,
          from_on: '2024-03-01',
          to_on: null,
          notes: null,
          demo: true,
          created_at: now,
        })
        .execute();
  }
}
