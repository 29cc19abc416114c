/** Matchmaking events, their signings and the forging contacts as sheets. */
import type { ForgingContact, MatchmakingEvent } from '@chainboard/contracts';
import type { SheetSpec } from '../../excel/write-sheet.js';

const wan = (yuan: number) => Math.round(yuan / 100) / 100;

export function eventsSheets(events: MatchmakingEvent[]): SheetSpec[] {
  return [
    {
      name: '协作配套活动',
      columns: [
        { header: '活动名称', width: 36 },
        { header: '举办日期' },
        { header: '地点', width: 20 },
        { header: '组织方', width: 20 },
        { header: '产业链', width: 30 },
        { header: '参会企业数' },
        { header: '签约项数' },
        { header: '签约金额（万元）' },
        { header: '说明', width: 40 },
        { header: '示例数据' },
      ],
      rows: events.map((e) => [
        e.title,
        e.heldOn,
        e.place,
        e.organiserName,
        e.chains.map((c) => c.name).join('、'),
        e.enterprises.length,
        e.signings.length,
        wan(e.signings.reduce((s, x) => s + x.amount, 0)),
        e.notes,
        e.demo ? '是' : '',
      ]),
    },
    {
      name: '配套签约',
      columns: [
        { header: '活动名称', width: 36 },
        { header: '举办日期' },
        { header: '组织方', width: 20 },
        { header: '采购方', width: 30 },
        { header: '供应方', width: 30 },
        { header: '配套产品', width: 24 },
        { header: '签约金额（万元）' },
      ],
      rows: events.flatMap((e) =>
        e.signings.map((s) => [e.title, e.heldOn, e.organiserName, s.buyerName, s.supplierName, s.product, wan(s.amount)]),
      ),
    },
  ];
}

export function contactsSheet(contacts: ForgingContact[]): SheetSpec[] {
  return [
    {
      name: '园区锻造工作对接',
      columns: [
        { header: '对接日期' },
        { header: '链长牵头单位', width: 24 },
        { header: '产业链', width: 20 },
        { header: '开发区/园区', width: 24 },
        { header: '对接事项', width: 40 },
        { header: '成效', width: 40 },
      ],
      rows: contacts.map((c) => [c.contactedOn, c.leadUnitName, c.chainName, c.zoneName, c.subject, c.outcome]),
    },
  ];
}
