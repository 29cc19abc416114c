/**
 * The quarterly report as a Word document (仿宋 body, 黑体 headings, 小标宋 title), written from the
 * same report object as the page and the Excel workbook: its numbers are that object's, in words.
 */
import { MILESTONE_STATE_LABELS, PROJECT_CLASS_LABELS, type QuarterlyReport, REPORT_PROJECT_CLASSES } from '@chainboard/contracts';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { alongsideText, countOf, coversRevenue, targetFigure, targetStatus, yi } from './quarterly-report-format.js';

const FONT = '仿宋_GB2312';
const p = (text: string, o: { font?: string; size?: number; center?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: o.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560 },
    children: [new TextRun({ text, font: o.font ?? FONT, size: o.size ?? 32 })],
  });
const cell = (text: string, right = false, size = 21) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, font: FONT, size })],
      }),
    ],
  });

/**
 * The per-chain table's columns across the type area (A4 less the margins, in twentieths of a point):
 * the chain's name and the revenue wide enough that a figure such as 5,352.04 never breaks.
 */
const CHAIN_COLUMNS = [1500, 850, 1245, 800, 800, 800, 850, 1000, 1000];

/** A paragraph per line of the office's text. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => p(l));

/** The per-chain table: one column per project class, the province's distinct totals last. */
function chainsTable(r: QuarterlyReport): Table {
  const figures = (c: QuarterlyReport['totals']) => [
    countOf(c.enterprises),
    yi(c.revenueYearToDate),
    ...REPORT_PROJECT_CLASSES.map((k) => countOf(c.projectsByClass[k] ?? 0)),
    countOf(c.landedProjects),
    countOf(c.problemsSolved),
  ];
  const row = (name: string, values: string[]) =>
    new TableRow({ children: [cell(name, false, 18), ...values.map((v) => cell(v, true, 18))] });
  return new Table({
    width: { size: CHAIN_COLUMNS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: CHAIN_COLUMNS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          '产业链',
          '链上企业（家）',
          '营收（亿元）',
          ...REPORT_PROJECT_CLASSES.map((k) => `${PROJECT_CLASS_LABELS[k]}项目（个）`),
          '招商落地（个）',
          '解决问题（个）',
        ].map((h) => cell(h, false, 18)),
      }),
      ...r.chains.map((c) => row(c.chainName, figures(c))),
      row('全省合计（按企业去重）', figures(r.totals)),
    ],
  });
}

export async function quarterlyReportDocx(r: QuarterlyReport): Promise<Buffer> {
  const heading = (text: string) => p(text, { font: '黑体' });
  const children: (Paragraph | Table)[] = [
    p(r.title, { font: '方正小标宋简体', size: 44, center: true, indent: false }),
    p(`（数据截至 ${r.asOf}，营收${r.revenueLabel}；目标依据年度计划第${r.planVersion}版）`, { center: true, indent: false }),
    heading('一、总体情况'),
    ...lines(r.text.overview),
    heading('二、主要目标完成情况'),
    ...r.targets.map((t, i) =>
      p(
        `${i + 1}. ${t.label}：${targetFigure(t)}${coversRevenue(t) ? `（${r.revenueLabel}）` : ''}` +
          `${t.alongside.length ? `，${alongsideText(t)}` : ''}，${targetStatus(t)}。`,
      ),
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
    p(`（营收${r.revenueLabel}；项目为亿元以上重点项目）`, { indent: false }),
    chainsTable(r),
    ...(r.chainsNote ? [p(`注：${r.chainsNote}。`, { size: 24, indent: false })] : []),
    heading('五、关键技术攻关'),
    ...r.breakthroughs.map((b) => p(`${b.chainName}：${b.summary ?? '本季度未报送攻关成果总结。'}`)),
    heading('六、产业链薄弱环节'),
    p(`（按${r.asOf}的记录分析）`),
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
