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
import { type Deps, inTransaction } from '../../context.js';
import { nowIso } from '../../db/dialect.js';
import type { SheetSpec } from '../../excel/write-sheet.js';
import { today } from '../../lib/dates.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainGaps } from '../chainmap/gaps.js';
import { technologiesRepository } from '../technologies/technologies.repository.js';
import { plansRepository as repo } from './plans.repository.js';
import { liveTarget } from './plans.service.js';
import { quarterlyTextsRepository as textsRepository } from './quarterly-texts.repository.js';

const endOfDay = (d: string) => `${d}T23:59:59.999Z`;

export async function quarterlyReport(deps: Deps, ctx: RequestContext, period: string): Promise<QuarterlyReport> {
  if (!policy.plan.readQuarterlyReport(ctx.actor)) throw forbidden('季度报告由省链长办起草和查看');
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

  const breakthroughs = (await technologiesRepository.summariesForQuarter(db, period))
    .filter((b) => chainRows.some((c) => Number(c.id) === b.chainId))
    .map(({ chainName, summary }) => ({ chainName, summary }));
  const weakLinks = [];
  for (const c of chainRows) {
    const g = await chainGaps(db, { id: Number(c.id), name: c.name }, year);
    weakLinks.push({
      chainName: c.name,
      gaps: g.gaps,
      bottlenecks: g.bottlenecks,
      worst: g.weakLinks.slice(0, 3).map((w) => `${w.path}：${w.reasons[0] ?? ''}`),
    });
  }

  const late = [
    ...tasks.flatMap((t) =>
      t.milestones
        .filter((m) => m.overdue)
        .map((m) => `第${t.seq}项任务节点逾期：${m.title}（${MILESTONE_STATE_LABELS[m.state as 'open']}）`),
    ),
    ...targets.filter((t) => t.status === 'behind').map((t) => `目标落后于进度：${t.label}`),
  ];
  const figures = { period, asOf, targets, tasks, chains, breakthroughs, weakLinks, late };
  const saved = await textsRepository.find(db, period);
  return {
    ...figures,
    title: `${plan.title.replace(/“链长制”.*$/, '')}“链长制”${periodLabel(period)}工作情况报告`,
    text: saved
      ? { overview: saved.overview, nextSteps: saved.next_steps, savedAt: saved.saved_at, savedBy: saved.saved_by_name }
      : { ...draftText(figures), savedAt: null, savedBy: null },
  };
}

/** The office's own words for the report; the figures stay computed. */
export async function saveQuarterlyReportText(
  deps: Deps,
  ctx: RequestContext,
  period: string,
  text: { overview: string; nextSteps: string },
): Promise<QuarterlyReport> {
  if (!policy.plan.editQuarterlyReport(ctx.actor)) throw forbidden('季度报告由省链长办修改');
  if (!(await repo.plan(deps.db, Number(period.slice(0, 4))))) throw notFound(`${period.slice(0, 4)} 年行动计划`);
  await inTransaction(deps, async (trx) => {
    const before = await textsRepository.find(trx, period);
    await textsRepository.save(trx, {
      period,
      overview: text.overview,
      next_steps: text.nextSteps,
      saved_by: ctx.actor.userId || null,
      saved_at: nowIso(),
    });
    await deps.audit.record(trx, {
      actor: ctx.actor,
      ip: ctx.ip,
      action: before ? 'update' : 'create',
      entityType: 'quarterlyReport',
      entityId: null,
      before: before ? { overview: before.overview, nextSteps: before.next_steps } : undefined,
      after: { period, ...text },
    });
  });
  return quarterlyReport(deps, ctx, period);
}

type Figures = Omit<QuarterlyReport, 'title' | 'text'>;

/** A first draft of the words, from the figures: the office rewrites it as it sees fit. */
function draftText(r: Figures): { overview: string; nextSteps: string } {
  const sum = (pick: (c: Figures['chains'][number]) => number) => r.chains.reduce((s, c) => s + pick(c), 0);
  const projects = sum((c) => Object.values(c.projectsByClass).reduce((s, n) => s + n, 0));
  const met = r.targets.filter((t) => t.status === 'met').length;
  const overview =
    `截至${r.asOf}，全省${r.chains.length}条省级重点产业链共有链上企业${sum((c) => c.enterprises).toLocaleString('zh-CN')}家，` +
    `年内实现营收${yi(sum((c) => c.revenueYearToDate))}亿元；纳入管理的重点项目${projects}个，招商落地项目${sum((c) => c.landedProjects)}个，` +
    `推动解决问题${sum((c) => c.problemsSolved)}个。年度${r.targets.length}项目标中已完成${met}项` +
    (r.late.length ? `，另有${r.late.length}项工作滞后，需重点推进。` : '，各项工作按计划推进。');
  const nextSteps = r.late.length
    ? `下一步，省链长办将督促有关单位加快推进滞后事项：\n${r.late.map((l, i) => `${i + 1}. ${l}`).join('\n')}`
    : '下一步，省链长办将会同各链长牵头单位、各市继续按年度计划推进各项重点工作。';
  return { overview, nextSteps };
}

// ---- the same tables in Excel ----

export function quarterlyReportSheets(r: QuarterlyReport): SheetSpec[] {
  return [
    {
      name: '目标完成情况',
      columns: [{ header: '目标', width: 40 }, { header: '实际' }, { header: '目标值' }, { header: '单位' }, { header: '状态' }],
      rows: r.targets.map((t) => [
        t.label,
        figure(t),
        t.value,
        t.unit,
        TARGET_STATUS_LABELS[t.status as keyof typeof TARGET_STATUS_LABELS],
      ]),
    },
    {
      name: '重点工作节点',
      columns: [
        { header: '序号' },
        { header: '任务', width: 40 },
        { header: '季度' },
        { header: '节点', width: 50 },
        { header: '状态' },
        { header: '是否逾期' },
      ],
      rows: r.tasks.flatMap((t) =>
        t.milestones.map((m) => [
          t.seq,
          t.title,
          `第${m.quarter}季度`,
          m.title,
          MILESTONE_STATE_LABELS[m.state as keyof typeof MILESTONE_STATE_LABELS],
          m.overdue ? '是' : '否',
        ]),
      ),
    },
    {
      name: '各产业链主要指标',
      columns: [
        { header: '产业链', width: 20 },
        { header: '链上企业（家）' },
        { header: '年内营收（亿元）' },
        ...Object.values(PROJECT_CLASS_LABELS).map((l) => ({ header: `${l}项目（个）` })),
        { header: '招商落地（个）' },
        { header: '解决问题（个）' },
      ],
      rows: r.chains.map((c) => [
        c.chainName,
        c.enterprises,
        Number(yi(c.revenueYearToDate).replace(/,/g, '')),
        ...Object.keys(PROJECT_CLASS_LABELS).map((k) => c.projectsByClass[k] ?? 0),
        c.landedProjects,
        c.problemsSolved,
      ]),
    },
    {
      name: '关键技术攻关',
      columns: [
        { header: '产业链', width: 20 },
        { header: '本季度攻关成果总结', width: 80 },
      ],
      rows: r.breakthroughs.map((b) => [b.chainName, b.summary ?? '未报送']),
    },
    {
      name: '薄弱环节',
      columns: [{ header: '产业链', width: 20 }, { header: '断点（个）' }, { header: '堵点（个）' }, { header: '最薄弱的环节', width: 80 }],
      rows: r.weakLinks.map((w) => [w.chainName, w.gaps, w.bottlenecks, w.worst.join('；')]),
    },
    { name: '滞后事项', columns: [{ header: '事项', width: 80 }], rows: r.late.map((l) => [l]) },
  ];
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

/** A paragraph per line of the office's text. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => p(l));

export async function quarterlyReportDocx(r: QuarterlyReport): Promise<Buffer> {
  const heading = (text: string) => p(text, { font: '黑体' });
  const children: (Paragraph | Table)[] = [
    p(r.title, { font: '方正小标宋简体', size: 44, center: true, indent: false }),
    p(`（数据截至 ${r.asOf}）`, { center: true, indent: false }),
    heading('一、总体情况'),
    ...lines(r.text.overview),
    heading('二、主要目标完成情况'),
    ...r.targets.map((t, i) =>
      p(`${i + 1}. ${t.label}：${figure(t)}，${TARGET_STATUS_LABELS[t.status as keyof typeof TARGET_STATUS_LABELS]}。`),
    ),
    heading('三、重点工作推进情况'),
    ...r.tasks.flatMap((t) => [
      p(`（${t.seq}）${t.title}`),
      ...t.milestones.map((m) =>
        p(
          `第${m.quarter}季度：${m.title}——${MILESTONE_STATE_LABELS[m.state as keyof typeof MILESTONE_STATE_LABELS]}${m.overdue ? '（已逾期）' : ''}。`,
        ),
      ),
    ]),
    heading('四、各产业链主要指标'),
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
    heading('五、关键技术攻关'),
    ...r.breakthroughs.map((b) => p(`${b.chainName}：${b.summary ?? '本季度未报送攻关成果总结。'}`)),
    heading('六、产业链薄弱环节'),
    p('（按报告生成时的记录分析）'),
    ...r.weakLinks
      .filter((w) => w.gaps + w.bottlenecks > 0)
      .map((w) => p(`${w.chainName}：断点${w.gaps}个、堵点${w.bottlenecks}个。${w.worst.join('；')}${w.worst.length ? '。' : ''}`)),
    heading('七、需要关注的问题'),
    ...(r.late.length ? r.late.map((l) => p(l)) : [p('无逾期事项。')]),
    heading('八、下一步工作安排'),
    ...lines(r.text.nextSteps),
  ];
  const doc = new Document({
    creator: 'chainboard',
    title: r.title,
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
