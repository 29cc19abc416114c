/** The think tank's lists as sheets: the expert pool, consultations and flexible pairings. */
import type { Consultation, Expert, Pairing } from '@chainboard/contracts';
import type { SheetSpec } from '../../excel/write-sheet.js';

export function expertsSheet(rows: Expert[]): SheetSpec[] {
  return [
    {
      name: '专家库',
      columns: [
        { header: '姓名', width: 12 },
        { header: '专业领域', width: 24 },
        { header: '工作单位', width: 30 },
        { header: '职称/职务', width: 16 },
        { header: '联系电话', width: 16 },
        { header: '电子邮箱', width: 24 },
        { header: '服务产业链', width: 36 },
        { header: '备注', width: 30 },
      ],
      rows: rows.map((x) => [x.name, x.field, x.workUnit, x.title, x.phone, x.email, x.chains.map((c) => c.name).join('、'), x.notes]),
    },
  ];
}

export function consultationsSheet(rows: Consultation[]): SheetSpec[] {
  return [
    {
      name: '咨询活动',
      columns: [
        { header: '日期', width: 12 },
        { header: '产业链', width: 20 },
        { header: '咨询主题', width: 36 },
        { header: '参加专家', width: 30 },
        { header: '参加企业', width: 40 },
        { header: '咨询成果', width: 50 },
      ],
      rows: rows.map((k) => [
        k.heldOn,
        k.chainName,
        k.topic,
        k.experts.map((x) => x.name).join('、'),
        k.enterprises.map((e) => e.name).join('、'),
        k.outcome,
      ]),
    },
  ];
}

export function pairingsSheet(rows: Pairing[]): SheetSpec[] {
  return [
    {
      name: '柔性结对',
      columns: [
        { header: '专家', width: 12 },
        { header: '结对企业', width: 30 },
        { header: '产业链', width: 20 },
        { header: '开始日期', width: 12 },
        { header: '结束日期', width: 12 },
        { header: '服务次数', width: 10 },
        { header: '最近服务', width: 50 },
      ],
      rows: rows.map((p) => {
        const last = p.services.at(-1);
        return [
          p.expertName,
          p.enterpriseName,
          p.chainName,
          p.fromOn,
          p.toOn,
          p.services.length,
          last ? `${last.servedOn} ${last.content}` : null,
        ];
      }),
    },
  ];
}
