/**
 * Demo chain maps: every chain gets a segment tree under its three stages (光伏 its real one, the
 * others a generic one), the demo enterprises, projects and leads are placed on its segments with a
 * few segments left empty so the gap analysis has 断点 to show, a pool of candidates outside the
 * province, and one matchmaking event whose signings give the chain masters a local supply share.
 * Deterministic; every row is marked demo where the table can say so.
 */
import { creditCodeCheckChar } from '@chainboard/contracts';
import type { Db } from '../db/database.js';
import { chunk } from '../db/dialect.js';
import { seeded } from './random.js';

type Node = { name: string; products?: string; children?: Node[] };
type Tree = { upstream: Node[]; midstream: Node[]; downstream: Node[] };

const PV: Tree = {
  upstream: [
    {
      name: '硅材料',
      children: [
        { name: '工业硅', products: '金属硅' },
        {
          name: '多晶硅',
          products: '高纯多晶硅',
          children: [
            { name: '棒状硅', products: '改良西门子法棒状硅' },
            { name: '颗粒硅', products: '流化床颗粒硅' },
          ],
        },
      ],
    },
    {
      name: '光伏辅材',
      children: [
        { name: '光伏玻璃', products: '超白压延玻璃' },
        { name: '光伏银浆', products: '正面银浆、背面银浆' },
        { name: '封装胶膜', products: 'EVA、POE 胶膜' },
      ],
    },
  ],
  midstream: [
    { name: '硅片', children: [{ name: '单晶硅片', products: 'N 型单晶硅片' }] },
    {
      name: '电池片',
      children: [
        { name: 'PERC 电池', products: 'PERC 单晶电池片' },
        { name: 'TOPCon 电池', products: 'TOPCon 电池片' },
        { name: 'HJT 电池', products: '异质结电池片' },
      ],
    },
    { name: '组件', children: [{ name: '晶硅组件', products: '双面双玻组件' }] },
  ],
  downstream: [
    {
      name: '光伏电站',
      children: [
        { name: '集中式电站', products: '地面电站 EPC' },
        { name: '分布式光伏', products: '工商业屋顶、户用光伏' },
      ],
    },
    { name: '运维服务', children: [{ name: '智能运维', products: '无人机巡检、清洗' }] },
  ],
};

const GENERIC = (chain: string): Tree => ({
  upstream: [
    {
      name: '原材料',
      children: [
        { name: '基础原料', products: `${chain}基础原料` },
        { name: '关键材料', products: `${chain}关键材料` },
      ],
    },
    { name: '核心零部件', children: [{ name: '关键部件', products: `${chain}核心部件` }] },
  ],
  midstream: [
    {
      name: '制造',
      children: [
        { name: '产品制造', products: `${chain}主产品` },
        { name: '配套加工', products: '零部件加工、表面处理' },
      ],
    },
  ],
  downstream: [
    {
      name: '应用',
      children: [
        { name: '市场应用', products: `${chain}终端应用` },
        { name: '运营服务', products: '检测、运维、回收' },
      ],
    },
  ],
});

/** Leaves left without enterprises or projects: the demo's 断点. */
const GAP_LEAVES: Record<string, string[]> = { 光伏: ['光伏银浆', 'HJT 电池', '颗粒硅'] };
const GENERIC_GAPS = ['关键材料'];

const PROVINCES = ['江苏省', '浙江省', '广东省', '河北省', '陕西省', '四川省', '安徽省', '山东省'];

function outsideCode(seq: number): string {
  const first = `913205${String(seq).padStart(4, '0')}MA${String(seq).padStart(6, '0')}`.slice(0, 17);
  return first + creditCodeCheckChar(first);
}

export async function addChainMaps(trx: Db, now: string, seed: number): Promise<void> {
  const rnd = seeded(seed + 17);
  const chains = await trx.selectFrom('chains').select(['id', 'name']).orderBy('code').execute();
  let candidateSeq = 0;
  for (const chain of chains) {
    const chainId = Number(chain.id);
    const tree = chain.name === '光伏' ? PV : GENERIC(chain.name);
    const gapNames = GAP_LEAVES[chain.name] ?? GENERIC_GAPS;
    const leaves: { id: number; name: string; stage: string }[] = [];
    const insert = async (node: Node, stage: string, parentId: number | null, order: number): Promise<void> => {
      const row = await trx
        .insertInto('chain_segments')
        .values({
          chain_id: chainId,
          parent_id: parentId,
          stage,
          name: node.name,
          products: node.products ?? null,
          sort_order: order,
          expected_share: null,
          retired_at: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      await trx
        .insertInto('segment_events')
        .values({ segment_id: id, at: now, username: null, kind: 'created', summary: `示例数据：新增环节“${node.name}”` })
        .execute();
      if (!node.children?.length) leaves.push({ id, name: node.name, stage });
      for (const [i, child] of (node.children ?? []).entries()) await insert(child, stage, id, i + 1);
    };
    for (const stage of ['upstream', 'midstream', 'downstream'] as const) {
      for (const [i, node] of tree[stage].entries()) await insert(node, stage, null, i + 1);
    }
    const gaps = leaves.filter((l) => gapNames.includes(l.name));
    const filled = leaves.filter((l) => !gapNames.includes(l.name));
    // most enterprises in the first few segments: the later ones stay thin (堵点)
    const weighted = filled.flatMap((l, i) => Array.from({ length: Math.max(1, filled.length - i) }, () => l));

    const placed = await trx
      .selectFrom('enterprise_chains as ec')
      .innerJoin('enterprises as e', 'e.id', 'ec.enterprise_id')
      .select((eb) => [
        'ec.enterprise_id',
        // placed on its segment from the day it first sat on the chain
        eb
          .selectFrom('enterprise_tiers as t')
          .select((x) => x.fn.min('t.valid_from').as('first'))
          .whereRef('t.enterprise_id', '=', 'ec.enterprise_id')
          .whereRef('t.chain_id', '=', 'ec.chain_id')
          .as('since'),
      ])
      .where('ec.chain_id', '=', chainId)
      .where('e.demo', '=', true)
      .orderBy('ec.enterprise_id')
      .execute();
    const spans = [];
    for (const p of placed) {
      const leaf = rnd.pick(weighted);
      await trx
        .updateTable('enterprise_chains')
        .set({ segment_id: leaf.id, stage: leaf.stage })
        .where('enterprise_id', '=', p.enterprise_id)
        .where('chain_id', '=', chainId)
        .execute();
      const from = String(p.since ?? now.slice(0, 10));
      spans.push({
        enterprise_id: p.enterprise_id,
        chain_id: chainId,
        segment_id: leaf.id,
        valid_from: from,
        valid_to: null,
        recorded_at: now,
      });
    }
    for (const part of chunk(spans, 1000)) await trx.insertInto('enterprise_segment_history').values(part).execute();
    const projects = await trx
      .selectFrom('projects')
      .select('id')
      .where('chain_id', '=', chainId)
      .where('demo', '=', true)
      .orderBy('id')
      .execute();
    for (const p of projects) {
      const leaf = rnd.pick(filled);
      await trx.updateTable('projects').set({ segment_id: leaf.id, stage: leaf.stage }).where('id', '=', p.id).execute();
    }
    const leads = await trx
      .selectFrom('leads')
      .select(['id', 'fills_gap', 'pipeline_stage'])
      .where('chain_id', '=', chainId)
      .where('demo', '=', true)
      .orderBy('id')
      .execute();
    for (const l of leads) {
      // a 补链 lead still under way aims at a gap; the others sit where the chain already is
      const aimsAtGap = Boolean(l.fills_gap) && gaps.length > 0 && l.pipeline_stage !== 'landed';
      const leaf = aimsAtGap ? rnd.pick(gaps) : rnd.pick(filled);
      await trx.updateTable('leads').set({ segment_id: leaf.id, stage: leaf.stage }).where('id', '=', l.id).execute();
    }

    for (const [i, leaf] of [...gaps, ...filled.slice(-2)].entries()) {
      candidateSeq++;
      await trx
        .insertInto('chain_candidates')
        .values({
          chain_id: chainId,
          segment_id: leaf.id,
          name: `示例${PROVINCES[candidateSeq % PROVINCES.length].slice(0, 2)}${leaf.name.replace(/\s/g, '')}科技有限公司`,
          credit_code: outsideCode(candidateSeq),
          province: PROVINCES[candidateSeq % PROVINCES.length],
          products: `${leaf.name}相关产品`,
          size: (['large', 'medium', 'small'] as const)[i % 3],
          lead_id: null,
          demo: true,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  }
  await addSignings(trx, now, seed);
}

/** One matchmaking event per city's first chain master: its purchases, part from the province's own enterprises. */
async function addSignings(trx: Db, now: string, seed: number): Promise<void> {
  const rnd = seeded(seed + 23);
  const masters = await trx
    .selectFrom('enterprise_tiers as t')
    .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
    .select(['t.chain_id', 'e.id', 'e.name', 'e.city_id'])
    .where('t.tier', '=', 'master')
    .where('t.valid_to', 'is', null)
    .where('e.demo', '=', true)
    .orderBy('t.chain_id')
    .orderBy('e.id')
    .execute();
  const seen = new Set<number>();
  for (const m of masters) {
    const chainId = Number(m.chain_id);
    if (seen.has(chainId)) continue;
    seen.add(chainId);
    const suppliers = await trx
      .selectFrom('enterprise_chains as ec')
      .innerJoin('enterprises as e', 'e.id', 'ec.enterprise_id')
      .select(['e.id', 'e.name'])
      .where('ec.chain_id', '=', chainId)
      .where('e.id', '!=', m.id)
      .orderBy('e.id')
      .limit(3)
      .execute();
    const event = await trx
      .insertInto('matchmaking_events')
      .values({
        title: `示例产业链上下游协作配套对接会（${m.name.slice(0, 6)}）`,
        held_on: `2024-0${rnd.int(4, 9)}-1${rnd.int(0, 9)}`,
        place: '示例会展中心',
        organiser_id: Number(m.city_id),
        notes: null,
        demo: true,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const eventId = Number(event.id);
    await trx.insertInto('event_chains').values({ event_id: eventId, chain_id: chainId }).execute();
    for (const s of suppliers) {
      await trx
        .insertInto('signings')
        .values({
          event_id: eventId,
          buyer_enterprise_id: Number(m.id),
          buyer_name: m.name,
          supplier_enterprise_id: Number(s.id),
          supplier_name: s.name,
          product: '配套零部件',
          amount: rnd.int(2, 20) * 10_000_000,
        })
        .execute();
    }
    await trx
      .insertInto('signings')
      .values({
        event_id: eventId,
        buyer_enterprise_id: Number(m.id),
        buyer_name: m.name,
        supplier_enterprise_id: null,
        supplier_name: '示例省外供应商有限公司',
        product: '关键原材料',
        amount: rnd.int(5, 30) * 10_000_000,
      })
      .execute();
  }
}
