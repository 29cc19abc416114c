/**
 * Demo key technologies: for every chain 3–6 technologies in mixed states, with enterprises of the
 * chain tackling them, one or two innovation consortia, platforms, and breakthrough summaries for
 * 2024Q1–Q3. Deterministic; every row is marked demo.
 */
import type { Db } from '../db/database.js';
import { seeded } from './random.js';

/** Key technologies by chain name: [name, 卡点]. */
const CATALOG: Record<string, [string, string][]> = {
  特钢材料: [
    ['高端轴承钢纯净化冶炼', '氧含量与夹杂物控制不稳定，高端产品依赖进口'],
    ['超薄精密不锈带钢轧制', '0.02毫米以下带材板形控制难'],
    ['核电用特种不锈钢', '焊接性能与耐蚀性兼顾难'],
    ['特钢全流程数字化质控', '工艺数据孤岛，质量追溯不完整'],
  ],
  新能源汽车: [
    ['高功率密度驱动电机', '高速轴承与散热设计受制于人'],
    ['整车域控制器', '车规级芯片与底层软件依赖外部'],
    ['一体化压铸车身', '大型压铸模具寿命短'],
    ['甲醇增程动力系统', '冷启动与排放控制'],
  ],
  高端装备制造: [
    ['智能煤机成套装备', '高可靠液压元件依赖进口'],
    ['轨道交通齿轮传动系统', '长寿命齿轮热处理一致性差'],
    ['高精度数控机床主轴', '精度保持性不足'],
  ],
  风电装备: [
    ['大兆瓦风机主轴轴承', '大尺寸轴承滚道硬化与寿命验证'],
    ['碳纤维风电叶片', '大丝束碳纤维拉挤工艺'],
    ['风机变流器', 'IGBT模块国产化替代'],
  ],
  氢能: [
    ['质子交换膜燃料电池电堆', '膜电极寿命与成本'],
    ['焦炉煤气制氢提纯', '高纯度提纯能耗高'],
    ['70兆帕车载储氢瓶', '碳纤维缠绕与阀门依赖进口'],
    ['氢燃料重卡动力系统', '低温启动与系统集成'],
  ],
  铝镁精深加工: [
    ['高强韧镁合金', '耐蚀性差，应用受限'],
    ['航空铝合金厚板', '残余应力控制'],
    ['镁合金汽车轻量化部件', '大型薄壁件成形'],
  ],
  光伏: [
    ['N型TOPCon高效电池', '转换效率提升与良率'],
    ['异质结低温银浆', '银浆依赖进口，成本高'],
    ['光伏组件回收利用', '拆解与材料再生工艺'],
  ],
  现代医药: [
    ['中药经典名方二次开发', '物质基准与质量标准'],
    ['生物药大规模细胞培养', '培养基与一次性耗材依赖进口'],
    ['高端原料药连续化生产', '连续流工艺放大'],
  ],
  第三代半导体: [
    ['8英寸碳化硅衬底', '晶体缺陷密度高，良率低'],
    ['碳化硅外延片', '厚外延层均匀性'],
    ['氮化镓功率器件', '可靠性验证周期长'],
    ['碳化硅长晶装备', '温场控制与装备国产化'],
    ['深紫外LED芯片', '发光效率低'],
  ],
  合成生物: [
    ['长链二元酸生物制造', '菌种性能与发酵效率'],
    ['生物基聚酰胺材料', '聚合工艺与纺丝稳定性'],
    ['高通量菌种筛选平台', '自动化装备依赖进口'],
  ],
  新型储能: [
    ['钠离子电池正极材料', '循环寿命与能量密度'],
    ['全钒液流电池电堆', '隔膜成本高'],
    ['压缩空气储能', '高效压缩机与储热系统'],
    ['储能电站安全预警', '热失控早期识别'],
  ],
  废弃资源综合利用: [
    ['煤矸石高值化利用', '杂质分离与产品附加值低'],
    ['粉煤灰提取氧化铝', '酸法工艺能耗与设备腐蚀'],
    ['退役动力电池梯次利用', '电池健康状态快速检测'],
  ],
  碳基新材料: [
    ['高性能碳纤维', '大丝束原丝质量稳定性'],
    ['煤基针状焦', '杂质含量控制'],
    ['石墨烯规模化制备', '层数与缺陷控制'],
    ['煤基可降解材料', '催化剂寿命短'],
  ],
  铜基新材料: [
    ['高端电子铜箔', '4.5微米极薄铜箔良率'],
    ['高强高导铜合金', '强度与导电率兼顾'],
    ['铜基引线框架材料', '表面质量与尺寸精度'],
  ],
  信息技术融合应用: [
    ['工业互联网标识解析', '行业节点应用深度不足'],
    ['煤矿智能化5G专网', '井下防爆与低时延'],
    ['国产化服务器整机', '关键部件供应'],
    ['工业软件国产替代', 'CAE求解器依赖进口'],
  ],
  装配式建筑: [
    ['装配式钢结构住宅体系', '节点连接与防火防腐'],
    ['预制构件智能生产线', '模具通用性差'],
    ['BIM全过程协同平台', '设计施工数据贯通'],
  ],
};

const INSTITUTES = ['太原理工大学', '山西大学', '中北大学', '中国科学院山西煤炭化学研究所', '山西省科学院', '太原科技大学'];
const PLATFORM_KINDS = ['keyLab', 'techCenter', 'pilotBase', 'other'] as const;
const PLATFORM_WORDS: Record<(typeof PLATFORM_KINDS)[number], string> = {
  keyLab: '重点实验室',
  techCenter: '技术创新中心',
  pilotBase: '中试基地',
  other: '工程研究中心',
};
const SUMMARY_QUARTERS = ['2024Q1', '2024Q2', '2024Q3'];

export async function addTechnologies(trx: Db, now: string, seed: number): Promise<number> {
  const rnd = seeded(seed + 1010);
  const chains = await trx.selectFrom('chains').select(['id', 'name', 'lead_unit_id']).orderBy('code').execute();
  const science = await trx.selectFrom('organisations').select('id').where('name', '=', '省科技厅').executeTakeFirst();
  let count = 0;
  for (const chain of chains) {
    const chainId = Number(chain.id);
    const catalog = CATALOG[chain.name] ?? [
      [`${chain.name}关键材料`, '核心材料依赖外部供应'],
      [`${chain.name}核心装备`, '关键装备国产化率低'],
      [`${chain.name}智能制造`, '工艺数据贯通不足'],
    ];
    const enterprises = (
      await trx
        .selectFrom('enterprise_chains')
        .select('enterprise_id')
        .where('chain_id', '=', chainId)
        .orderBy('enterprise_id')
        .limit(30)
        .execute()
    ).map((e) => Number(e.enterprise_id));
    const segments = (
      await trx
        .selectFrom('chain_segments')
        .select('id')
        .where('chain_id', '=', chainId)
        .where('retired_at', 'is', null)
        .orderBy('id')
        .execute()
    ).map((s) => Number(s.id));
    const techIds: number[] = [];
    for (const [i, [name, gap]] of catalog.entries()) {
      const state = rnd.pick(['pending', 'tackling', 'tackling', 'achieved'] as const);
      const row = await trx
        .insertInto('key_technologies')
        .values({
          chain_id: chainId,
          segment_id: segments.length ? segments[i % segments.length] : null,
          name,
          gap,
          institutes: rnd.chance(0.7) ? rnd.pick(INSTITUTES) : null,
          state,
          target_on: rnd.pick(['2024-12-31', '2025-06-30', '2025-12-31', '2026-12-31']),
          broken_through_on: state === 'achieved' ? rnd.pick(['2024-03-28', '2024-06-20', '2024-09-15']) : null,
          demo: true,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      techIds.push(id);
      count++;
      const tackling = [...new Set([rnd.pick(enterprises), rnd.pick(enterprises)])].filter((e) => e !== undefined);
      if (tackling.length)
        await trx
          .insertInto('technology_enterprises')
          .values(tackling.map((enterprise_id) => ({ technology_id: id, enterprise_id })))
          .execute();
    }

    const master = await trx
      .selectFrom('enterprise_tiers')
      .select('enterprise_id')
      .where('chain_id', '=', chainId)
      .where('tier', 'in', ['master', 'core'])
      .where('valid_to', 'is', null)
      .orderBy('tier', 'desc')
      .orderBy('enterprise_id')
      .executeTakeFirst();
    const leader = master ? Number(master.enterprise_id) : enterprises[0];
    if (leader !== undefined) {
      const consortia = rnd.int(1, 2);
      for (let k = 0; k < consortia; k++) {
        const c = await trx
          .insertInto('innovation_consortia')
          .values({
            chain_id: chainId,
            name: `${chain.name}${k === 0 ? '' : '关键材料'}创新联合体（示例）`,
            leader_enterprise_id: leader,
            jinchuanggu: k === 0 && rnd.chance(0.4),
            founded_on: k === 0 ? '2024-04-18' : '2024-08-08',
            notes: null,
            demo: true,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const smes = enterprises.filter((e) => e !== leader).slice(k * 2, k * 2 + 2);
        await trx
          .insertInto('consortium_members')
          .values([
            { consortium_id: c.id, enterprise_id: null, name: INSTITUTES[(chainId + k) % INSTITUTES.length], kind: 'university' },
            { consortium_id: c.id, enterprise_id: null, name: '山西省科学院', kind: 'institute' },
            ...smes.map((e) => ({ consortium_id: c.id, enterprise_id: e, name: null, kind: 'sme' })),
          ])
          .execute();
        const tackled = techIds.slice(k * 2, k * 2 + 2);
        if (tackled.length)
          await trx
            .insertInto('consortium_technologies')
            .values(tackled.map((technology_id) => ({ consortium_id: c.id, technology_id })))
            .execute();
      }
    }

    for (let k = 0; k < rnd.int(1, 3); k++) {
      const kind = PLATFORM_KINDS[(chainId + k) % PLATFORM_KINDS.length];
      const host = k === 0 && leader !== undefined ? leader : null;
      await trx
        .insertInto('innovation_platforms')
        .values({
          chain_id: chainId,
          name: `山西省${chain.name}${PLATFORM_WORDS[kind]}（示例${k + 1}）`,
          kind,
          level: rnd.chance(0.25) ? 'national' : 'provincial',
          host_enterprise_id: host,
          host_name: host === null ? rnd.pick(INSTITUTES) : null,
          recognised_on: rnd.pick(['2020-11-06', '2022-05-20', '2023-09-12', '2024-06-28']),
          demo: true,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }

    // most chains have all three summaries; a few miss the latest one, so the office has something to follow up
    const quarters = rnd.chance(0.75) ? SUMMARY_QUARTERS : SUMMARY_QUARTERS.slice(0, 2);
    for (const quarter of quarters) {
      await trx
        .insertInto('breakthrough_summaries')
        .values({
          chain_id: chainId,
          quarter,
          summary: `${quarter.slice(0, 4)}年第${'一二三四'[Number(quarter.slice(5)) - 1]}季度，${chain.name}产业链围绕“${catalog[0][0]}”等关键技术开展协同攻关，${rnd.int(1, 4)}项技术取得阶段性进展，形成专利${rnd.int(2, 12)}件。（示例）`,
          written_by: quarter === '2024Q1' ? (science ? Number(science.id) : null) : chain.lead_unit_id,
          demo: true,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.columns(['chain_id', 'quarter']).doNothing())
        .execute();
    }
  }
  return count;
}
