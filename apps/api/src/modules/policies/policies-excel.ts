/** Policies with the support granted under them, and a policy's effect evaluation, as workbooks. */
import { type Grant, POLICY_SUPPORT_LABELS, type Policy, type PolicyEvaluation } from '@chainboard/contracts';
import type { SheetSpec } from '../../excel/write-sheet.js';

const wan = (yuan: number | null) => (yuan === null ? null : Math.round(yuan / 100) / 100);
const pct = (ratio: number | null) => (ratio === null ? null : `${(ratio * 100).toFixed(1)}%`);

export function policiesSheets(d: { policies: Policy[]; grants: Grant[] }): SheetSpec[] {
  return [
    {
      name: '政策',
      columns: [
        { header: '政策名称', width: 40 },
        { header: '发文单位', width: 20 },
        { header: '文号', width: 20 },
        { header: '发布日期' },
        { header: '适用产业链', width: 30 },
        { header: '支持方向', width: 30 },
        { header: '激励办法年度' },
        { header: '支持笔数' },
        { header: '支持金额（万元）' },
        { header: '示例数据' },
      ],
      rows: d.policies.map((p) => [
        p.title,
        p.issuerName,
        p.documentNumber,
        p.issuedOn,
        p.chains.length ? p.chains.map((c) => c.name).join('、') : '全部产业链',
        p.supports.map((s) => POLICY_SUPPORT_LABELS[s]).join('、'),
        p.incentiveScheme ? p.schemeYear : null,
        p.grantCount,
        wan(p.grantAmount),
        p.demo ? '是' : '',
      ]),
    },
    {
      name: '政策支持',
      columns: [
        { header: '政策', width: 40 },
        { header: '企业', width: 30 },
        { header: '重点项目', width: 30 },
        { header: '金额（万元）' },
        { header: '支持日期' },
        { header: '说明', width: 30 },
      ],
      rows: d.grants.map((g) => [g.policyTitle, g.enterpriseName, g.projectName, wan(g.amount), g.grantedOn, g.note]),
    },
  ];
}

export function evaluationSheets(e: PolicyEvaluation): SheetSpec[] {
  const t = e.totals;
  return [
    {
      name: '企业效益',
      columns: [
        { header: '企业', width: 30 },
        { header: '首次支持日期' },
        { header: '支持金额（万元）' },
        { header: '对比基年' },
        { header: '评估年' },
        { header: '基年营收（万元）' },
        { header: '评估年营收（万元）' },
        { header: '营收增长' },
        { header: '基年投资（万元）' },
        { header: '评估年投资（万元）' },
        { header: '投资增长' },
      ],
      rows: [
        ...e.enterprises.map((x) => [
          x.enterpriseName,
          x.firstGrantedOn,
          wan(x.grantAmount),
          x.beforeYear,
          x.afterYear,
          wan(x.revenueBefore),
          wan(x.revenueAfter),
          pct(x.revenueGrowth),
          wan(x.investmentBefore),
          wan(x.investmentAfter),
          pct(x.investmentGrowth),
        ]),
        [
          `合计（可对比 ${t.comparedEnterprises} 家）`,
          null,
          null,
          null,
          null,
          wan(t.revenueBefore),
          wan(t.revenueAfter),
          pct(t.revenueGrowth),
          wan(t.investmentBefore),
          wan(t.investmentAfter),
          pct(t.investmentGrowth),
        ],
      ],
    },
    {
      name: '项目效益',
      columns: [
        { header: '重点项目', width: 30 },
        { header: '首次支持日期' },
        { header: '支持金额（万元）' },
        { header: '总投资（万元）' },
        { header: '已完成投资（万元）' },
        { header: '完成率' },
      ],
      rows: [
        ...e.projects.map((x) => [
          x.projectName,
          x.firstGrantedOn,
          wan(x.grantAmount),
          wan(x.totalInvestment),
          wan(x.completedInvestment),
          pct(x.completionRate),
        ]),
        ['合计', null, null, wan(t.projectTotalInvestment), wan(t.projectCompletedInvestment), null],
      ],
    },
  ];
}
