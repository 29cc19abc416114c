/** The key-technology list and the innovation platforms as sheets. */
import {
  PLATFORM_KIND_LABELS,
  PLATFORM_LEVEL_LABELS,
  type Platform,
  TECHNOLOGY_STATE_LABELS,
  type Technology,
} from '@chainboard/contracts';
import type { SheetSpec } from '../../excel/write-sheet.js';

export function technologiesSheet(rows: Technology[]): SheetSpec[] {
  return [
    {
      name: '关键技术清单',
      columns: [
        { header: '产业链', width: 16 },
        { header: '技术名称', width: 30 },
        { header: '所属环节', width: 16 },
        { header: '卡点', width: 40 },
        { header: '攻关企业', width: 36 },
        { header: '攻关院所', width: 30 },
        { header: '状态', width: 10 },
        { header: '目标日期', width: 12 },
        { header: '突破日期', width: 12 },
      ],
      rows: rows.map((t) => [
        t.chainName,
        t.name,
        t.segmentName,
        t.gap,
        t.enterprises.map((e) => e.name).join('、'),
        t.institutes,
        TECHNOLOGY_STATE_LABELS[t.state],
        t.targetOn,
        t.brokenThroughOn,
      ]),
    },
  ];
}

export function platformsSheet(rows: Platform[]): SheetSpec[] {
  return [
    {
      name: '创新平台',
      columns: [
        { header: '产业链', width: 16 },
        { header: '平台名称', width: 34 },
        { header: '类型', width: 14 },
        { header: '级别', width: 10 },
        { header: '依托单位', width: 30 },
        { header: '认定日期', width: 12 },
      ],
      rows: rows.map((p) => [
        p.chainName,
        p.name,
        PLATFORM_KIND_LABELS[p.kind],
        PLATFORM_LEVEL_LABELS[p.level],
        p.hostName,
        p.recognisedOn,
      ]),
    },
  ];
}
