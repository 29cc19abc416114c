/** Funds with their investments and capital cooperation, as a workbook of three sheets. */
import { type Cooperation, FUND_LEVEL_LABELS, type Fund, INVESTMENT_STAGE_LABELS, type Investment } from '@chainboard/contracts';
import type { SheetSpec } from '../../excel/write-sheet.js';

const wan = (yuan: number) => Math.round(yuan / 100) / 100;

export function fundsSheets(d: { funds: Fund[]; investments: Investment[]; cooperations: Cooperation[] }): SheetSpec[] {
  return [
    {
      name: '产业基金',
      columns: [
        { header: '基金名称', width: 32 },
        { header: '管理机构', width: 28 },
        { header: '级别' },
        { header: '规模（万元）' },
        { header: '重点投向产业链', width: 30 },
        { header: '设立日期' },
        { header: '负责单位', width: 20 },
        { header: '已投金额（万元）' },
        { header: '投资笔数' },
        { header: '示例数据' },
      ],
      rows: d.funds.map((f) => [
        f.name,
        f.manager,
        FUND_LEVEL_LABELS[f.level],
        wan(f.size),
        f.chains.map((c) => c.name).join('、'),
        f.establishedOn,
        f.keeperName,
        wan(f.investedAmount),
        f.investmentCount,
        f.demo ? '是' : '',
      ]),
    },
    {
      name: '基金投资',
      columns: [
        { header: '基金', width: 32 },
        { header: '产业链' },
        { header: '被投企业', width: 30 },
        { header: '重点项目', width: 30 },
        { header: '金额（万元）' },
        { header: '日期' },
        { header: '阶段' },
        { header: '招商线索编号' },
        { header: '备注', width: 30 },
      ],
      rows: d.investments.map((i) => [
        i.fundName,
        i.chainName,
        i.enterpriseName,
        i.projectName,
        wan(i.amount),
        i.investedOn,
        INVESTMENT_STAGE_LABELS[i.stage],
        i.leadId,
        i.notes,
      ]),
    },
    {
      name: '资本合作',
      columns: [
        { header: '基金', width: 32 },
        { header: '链主企业', width: 30 },
        { header: '产业链' },
        { header: '日期' },
        { header: '合作形式', width: 24 },
        { header: '金额（万元）' },
        { header: '备注', width: 30 },
      ],
      rows: d.cooperations.map((c) => [c.fundName, c.enterpriseName, c.chainName, c.cooperatedOn, c.form, wan(c.amount), c.notes]),
    },
  ];
}
