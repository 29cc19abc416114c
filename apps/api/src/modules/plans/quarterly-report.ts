/**
 * The province's quarterly report, drafted from the records as of the quarter's end: the plan's
 * targets, each task's milestones, key numbers per chain, and what is late. The same figures serve
 * the JSON view and the Word document, so the two never disagree.
 */
import {
  MILESTONE_STATE_LABELS,
  PROJECT_CLASS_LABELS,
  periodLabel,
  periodRange,
  type QuarterlyReport,
  TARGET_STATUS_LABELS,
} from '@chainboard/contracts';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Deps } from '../../context.js';
import { today } from '../../lib/dates.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { hasRole, type RequestContext } from '../../policy/actor.js';
import { plansRepository as repo } from './plans.repository.js';
import { liveTarget } from './plans.service.js';

const endOfDay = (d: string) => `${d}T23:59:59.999Z`;

export async function quarterlyReport(deps: Deps, ctx: RequestContext, period: string): Promise<QuarterlyReport> {
  if (
    !hasRole(ctx.actor, 'editor', 'viewer', 'generalChainLeader') ||
    (hasRole(ctx.actor, 'editor', 'viewer') && ctx.actor.organisationType !== 'office' && !hasRole(ctx.actor, 'generalChainLeader'))
  ) {
    throw forbidden('季度报告由省链长办起草和查看');
  }
  const year = Number(period.slice(0, 4));
  const plan = await repo.plan(deps.db, year);
  if (!plan) throw notFound(`${year} 年行动计划`);
  const quarterEnd = periodRange(period).end;
  const asOf = quarterEnd < today() ? quarterEnd : today();
  const db = deps.db;

  const targets = [];
  for (const t of await repo.targets(db, plan.id)) {
    const live = await liveTarget(db, year, asOf, t);
    targets.push({
      label: live.label,
      actual: live.actual,
      value: live.value,
      unit: live.unit,
      status: live.status,
      unitsMet: live.unitsMet,
      unitsTotal: live.unitsTotal,
    });
  }
  const tasks = (await repo.tasks(db, plan.id)).map((t) => ({
    seq: Number(t.seq),
    title: t.title,
    milestones: t.milestones.map((m) => {
      // the state the milestone had at the quarter's end
      const state =
        m.confirmed_at && m.confirmed_at <= endOfDay(asOf)
          ? 'confirmed'
          : m.reported_at && m.reported_at <= endOfDay(asOf)
            ? 'reported'
            : 'open';
      return { quarter: Number(m.quarter), title: m.title, state, overdue: state !== 'confirmed' && m.due_on < asOf };
    }),
  }));

  const quarters = [1, 2, 3, 4].map((q) => `${year}Q${q}`).filter((q) => q <= period);
  const chainRows = await db.selectFrom('chains').select(['id', 'name']).where('status', '=', 'key').orderBy('code').execute();
  const holders = await db
    .selectFrom('enterprise_tiers')
    .select(['chain_id', 'enterprise_id'])
    .where('valid_from', '<=', asOf)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', asOf)]))
    .execute();
  const revenue = await db
    .selectFrom('enterprise_figures')
    .select(['enterprise_id', (eb) => eb.fn.sum<number>('revenue').as('r')])
    .where('period', 'in', quarters)
    .groupBy('enterprise_id')
    .execute();
  const revenueOf = new Map(revenue.map((r) => [Number(r.enterprise_id), Number(r.r)]));
  const projects = await db
    .selectFrom('projects')
    .select(['chain_id', 'class', (eb) => eb.fn.countAll<number>().as('n')])
    .where('year', '=', year)
    .where('created_at', '<=', endOfDay(asOf))
    .groupBy(['chain_id', 'class'])
    .execute();
  const landed = await db
    .selectFrom('leads')
    .select(['chain_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('pipeline_stage', '=', 'landed')
    .where('landed_on', '>=', `${year}-01-01`)
    .where('landed_on', '<=', asOf)
    .groupBy('chain_id')
    .execute();
  const solved = await db
    .selectFrom('problems')
    .select(['chain_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('state', '=', 'closed')
    .where('closed_at', '<=', endOfDay(asOf))
    .groupBy('chain_id')
    .execute();
  const chains = chainRows.map((c) => {
    const id = Number(c.id);
    const members = new Set(holders.filter((h) => Number(h.chain_id) === id).map((h) => Number(h.enterprise_id)));
    const byClass: Record<string, number> = {};
    for (const p of projects.filter((p) => Number(p.chain_id) === id)) byClass[p.class] = Number(p.n);
    return {
      chainId: id,
      chainName: c.name,
      enterprises: members.size,
      revenueYearToDate: [...members].reduce((s, e) => s + (revenueOf.get(e) ?? 0), 0),
      projectsByClass: byClass,
      landedProjects: Number(landed.find((l) => Number(l.chain_id) === id)?.n ?? 0),
      problemsSolved: Number(solved.find((p) => Number(p.chain_id) === id)?.n ?? 0),
    };
  });

  const late = [
    ...tasks.flatMap((t) =>
      t.milestones
        .filter((m) => m.overdue)
        .map((m) => `第${t.seq}项任务节点逾期：${m.title}（${MILESTONE_STATE_LABELS[m.state as 'open']}）`),
    ),
    ...targets.filter((t) => t.status === 'behind').map((t) => `目标落后于进度：${t.label}`),
  ];
  return {
    period,
    asOf,
    title: `${plan.title.replace(/“链长制”.*$/, '')}“链长制”${periodLabel(period)}工作情况报告`,
    targets,
    tasks,
    chains,
    late,
  };
}

// ---- the Word document ----

const FONT = '仿宋_GB2312';
const p = (text: string, o: { font?: string; size?: number; center?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: o.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560 },
    children: [new TextRun({ text, font: o.font ?? FONT, size: o.size ?? 32 })],
  });
const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, font: FONT, size: 21 })] })] });
const yi = (yuan: number) => (yuan / 1e8).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
const figure = (t: QuarterlyReport['targets'][number]) => {
  if (t.actual === null) return '暂未统计';
  if (t.unitsTotal !== null) return `${t.unitsMet}/${t.unitsTotal} 个单位达标`;
  return t.unit === '元' ? `${yi(t.actual)}亿元` : `${t.actual.toLocaleString('zh-CN')}${t.unit}`;
};

export async function quarterlyReportDocx(r: QuarterlyReport): Promise<Buffer> {
  const heading = (text: string) => p(text, { font: '黑体' });
  const children: (Paragraph | Table)[] = [
    p(r.title, { font: '方正小标宋简体', size: 44, center: true, indent: false }),
    p(`（数据截至 ${r.asOf}）`, { center: true, indent: false }),
    heading('一、主要目标完成情况'),
    ...r.targets.map((t, i) =>
      p(`${i + 1}. ${t.label}：${figure(t)}，${TARGET_STATUS_LABELS[t.status as keyof typeof TARGET_STATUS_LABELS]}。`),
    ),
    heading('二、重点工作推进情况'),
    ...r.tasks.flatMap((t) => [
      p(`（${t.seq}）${t.title}`),
      ...t.milestones.map((m) =>
        p(
          `第${m.quarter}季度：${m.title}——${MILESTONE_STATE_LABELS[m.state as keyof typeof MILESTONE_STATE_LABELS]}${m.overdue ? '（已逾期）' : ''}。`,
        ),
      ),
    ]),
    heading('三、各产业链主要指标'),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: ['产业链', '链上企业（家）', '年内营收（亿元）', '重点项目（个）', '招商落地（个）', '解决问题（个）'].map(cell),
        }),
        ...r.chains.map(
          (c) =>
            new TableRow({
              children: [
                c.chainName,
                String(c.enterprises),
                yi(c.revenueYearToDate),
                Object.entries(c.projectsByClass)
                  .map(([k, n]) => `${PROJECT_CLASS_LABELS[k as keyof typeof PROJECT_CLASS_LABELS] ?? k}${n}`)
                  .join('，') || '0',
                String(c.landedProjects),
                String(c.problemsSolved),
              ].map(cell),
            }),
        ),
      ],
    }),
    heading('四、需要关注的问题'),
    ...(r.late.length ? r.late.map((l) => p(l)) : [p('无逾期事项。')]),
  ];
  const doc = new Document({
    creator: 'chainboard',
    title: r.title,
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
