/**
 * The quarterly report's tables as Excel sheets, from the same report object as the page and the
 * Word document. Cells hold numbers with number formats: money in 亿元 (`#,##0.00`, the unit in the
 * header), percentages as fractions shown `0.0%`, counts `#,##0`; one column per project class.
 */
import { MILESTONE_STATE_LABELS, PROJECT_CLASS_LABELS, type QuarterlyReport, REPORT_PROJECT_CLASSES } from '@chainboard/contracts';
import { type FormattedCell, formatted, type SheetSpec } from '../../excel/write-sheet.js';
import { coversRevenue, targetStatus, YI } from './quarterly-report-format.js';

export const MONEY = '#,##0.00';
export const PERCENT = '0.0%';
export const COUNT = '#,##0';

type Target = QuarterlyReport['targets'][number];

/** A number in a target's unit as the sheet holds it: 亿元 for yuan, a fraction for %, with its format. */
function inUnit(x: number | null, unit: string): FormattedCell {
  if (unit === '元') return formatted(x === null ? null : x / YI, MONEY);
  if (unit === '%') return formatted(x === null ? null : x / 100, PERCENT);
  return formatted(x, COUNT);
}

const sheetUnit = (t: Target) => (t.unit === '元' ? '亿元' : t.unit);

export function quarterlyReportSheets(r: QuarterlyReport): SheetSpec[] {
  const figures = (c: QuarterlyReport['totals']) => [
    c.enterprises,
    c.revenueYearToDate / YI,
    ...REPORT_PROJECT_CLASSES.map((k) => c.projectsByClass[k] ?? 0),
    c.landedProjects,
    c.problemsSolved,
  ];
  return [
    {
      name: '目标完成情况',
      columns: [
        { header: '目标', width: 40 },
        { header: '实际' },
        { header: '目标值' },
        { header: '单位' },
        { header: '达标单位（个）', numFmt: COUNT },
        { header: '单位总数（个）', numFmt: COUNT },
        { header: '统计口径', width: 24 },
        { header: '状态' },
        { header: '并列指标', width: 30 },
        { header: '并列指标值' },
      ],
      // a figure beside the headline (like-for-like growth) keeps the target's unit and format
      rows: r.targets.map((t) => [
        t.label,
        inUnit(t.actual, t.unit),
        inUnit(t.value, t.unit),
        sheetUnit(t),
        t.unitsMet,
        t.unitsTotal,
        coversRevenue(t) ? r.revenueLabel : `截至${r.asOf}`,
        targetStatus(t),
        t.alongside.map((a) => a.label).join('；') || null,
        t.alongside.length === 1 ? inUnit(t.alongside[0].value, t.unit) : null,
      ]),
      notes: [`目标依据年度计划第${r.planVersion}版；金额单位为亿元。`],
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
        { header: '产业链', width: 24 },
        { header: '链上企业（家）', numFmt: COUNT },
        { header: `${r.revenueLabel}营收（亿元）`, numFmt: MONEY, width: 30 },
        ...REPORT_PROJECT_CLASSES.map((k) => ({ header: `${PROJECT_CLASS_LABELS[k]}项目（个）`, numFmt: COUNT })),
        { header: '招商落地（个）', numFmt: COUNT },
        { header: '解决问题（个）', numFmt: COUNT },
      ],
      rows: [...r.chains.map((c) => [c.chainName, ...figures(c)]), ['全省合计（按企业去重）', ...figures(r.totals)]],
      notes: [...(r.chainsNote ? [r.chainsNote] : []), `项目为亿元以上重点项目；数据截至${r.asOf}。`],
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
