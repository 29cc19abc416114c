/** Leads as a sheet: the export's columns, importable again through the shared pipeline. */
import { type ImportMode, type ImportResult, LEAD_SOURCE_LABELS, LEAD_STAGE_LABELS, type Lead } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import { choiceCell, completeRow, dateCell, textCell, wanYuanCell } from '../../excel/cell-parsers.js';
import { runImport } from '../../excel/import-pipeline.js';
import type { SheetColumn, SheetSpec } from '../../excel/write-sheet.js';
import { dateOrderProblem } from '../../lib/date-order.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { nameIndex } from '../enterprises/name-index.js';
import { leadsRepository as repo } from './leads.repository.js';

const C = {
  target: '目标企业',
  code: '统一社会信用代码',
  chain: '产业链',
  source: '来源',
  city: '所在市',
  zone: '开发区/园区',
  person: '责任人',
  money: '预计投资（万元）',
  stage: '阶段',
  signedOn: '签约日期',
  landedOn: '落地日期',
  gap: '补链',
} as const;

export const LEAD_COLUMNS: SheetColumn[] = [
  { header: C.target, required: true, width: 30 },
  { header: C.code, width: 22 },
  { header: C.chain, required: true },
  { header: C.source, required: true, note: Object.values(LEAD_SOURCE_LABELS).join('、') },
  { header: C.city, required: true },
  { header: C.zone, width: 24 },
  { header: C.person, required: true },
  { header: C.money, required: true },
  { header: C.stage, note: '线索、接触、洽谈、签约、落地或终止；不填为线索' },
  { header: C.signedOn, note: '签约、落地须填' },
  { header: C.landedOn, note: '落地须填' },
  { header: C.gap, note: '填“是”表示补链线索' },
];

const wan = (yuan: number) => Math.round(yuan / 100) / 100;

export function leadsSheet(rows: Lead[]): SheetSpec[] {
  return [
    {
      name: '招商线索',
      columns: LEAD_COLUMNS.map(({ header, width }) => ({ header, width })),
      rows: rows.map((l) => [
        l.targetName,
        l.targetCreditCode,
        l.chainName,
        LEAD_SOURCE_LABELS[l.source],
        l.cityName,
        l.zoneName,
        l.responsiblePerson,
        wan(l.expectedInvestment),
        LEAD_STAGE_LABELS[l.pipelineStage],
        l.signedOn,
        l.landedOn,
        l.fillsGap ? '是' : '',
      ]),
    },
  ];
}

export const leadsTemplate = (): SheetSpec[] => [
  {
    name: '招商线索',
    columns: LEAD_COLUMNS,
    rows: [['（示例，请删除本行）示例储能科技有限公司', '', '新型储能', '链主招', '太原市', '', '王示例', 50000, '洽谈', '', '', '']],
  },
];

type Row = {
  target: string;
  code: string | null;
  chain: string;
  source: keyof typeof LEAD_SOURCE_LABELS;
  city: string;
  zone: string | null;
  person: string;
  money: number;
  stage: keyof typeof LEAD_STAGE_LABELS | null;
  signedOn: string | null;
  landedOn: string | null;
  gap: boolean;
  resolved?: { chainId: number; cityId: number; zoneId: number | null };
};

/** Existing pipelines (a city's ledger) come in with their stage and dates; history starts at the import. */
export async function importLeads(deps: Deps, ctx: RequestContext, buffer: Buffer, mode: ImportMode): Promise<ImportResult> {
  const names = await nameIndex(deps.db);
  return runImport<Row>({
    buffer,
    columns: LEAD_COLUMNS,
    mode,
    parseRow(cells, report) {
      const row = {
        target: textCell(cells, C.target, report, { required: true, max: 100 }),
        code: textCell(cells, C.code, report, { max: 18 }),
        chain: textCell(cells, C.chain, report, { required: true, max: 50 }),
        source: choiceCell(cells, C.source, report, LEAD_SOURCE_LABELS, { required: true }),
        city: textCell(cells, C.city, report, { required: true, max: 100 }),
        zone: textCell(cells, C.zone, report, { max: 100 }),
        person: textCell(cells, C.person, report, { required: true, max: 50 }),
        money: wanYuanCell(cells, C.money, report, { required: true }),
        stage: choiceCell(cells, C.stage, report, LEAD_STAGE_LABELS),
        signedOn: dateCell(cells, C.signedOn, report),
        landedOn: dateCell(cells, C.landedOn, report),
        gap: cells[C.gap] === '是',
      };
      if ((row.stage === 'signed' || row.stage === 'landed') && !row.signedOn) report(C.signedOn, '签约或落地的线索须填写签约日期');
      if (row.stage === 'landed' && !row.landedOn) report(C.landedOn, '落地的线索须填写落地日期');
      const dates = dateOrderProblem(
        [
          { field: C.signedOn, label: '签约日期', on: row.signedOn },
          { field: C.landedOn, label: '落地日期', on: row.landedOn },
        ],
        deps.clock.today(),
      );
      if (dates) report(dates.field, dates.message);
      return completeRow<Row>(row);
    },
    async checkRows(rows, report) {
      for (const { row, value } of rows) {
        const chainId = names.chains.get(value.chain);
        const cityId = names.cities.get(value.city);
        if (chainId === undefined) report(row, C.chain, `没有名为“${value.chain}”的产业链`);
        if (cityId === undefined) report(row, C.city, `没有名为“${value.city}”的市`);
        if (chainId === undefined || cityId === undefined) continue;
        let zoneId: number | null = null;
        if (value.zone) {
          const zone = names.zones.get(value.zone);
          if (zone?.parentId !== cityId) report(row, C.zone, `“${value.zone}”不是${value.city}的开发区/园区`);
          else zoneId = zone.id;
        }
        if (!policy.attraction.writeLead(ctx.actor, { cityId, zoneId })) report(row, C.city, '只能导入本市或本开发区负责的线索');
        value.resolved = { chainId, cityId, zoneId };
      }
    },
    async write(rows) {
      await inTransaction(deps, async (trx) => {
        const now = deps.clock.nowIso();
        const ids: number[] = [];
        for (const r of rows) {
          const place = r.resolved as NonNullable<Row['resolved']>;
          const stage = r.stage ?? 'lead';
          const id = await repo.insert(trx, {
            target_name: r.target,
            target_credit_code: r.code,
            in_province: false,
            enterprise_id: null,
            chain_id: place.chainId,
            stage: null,
            source: r.source,
            chain_master_id: null,
            city_id: place.cityId,
            zone_id: place.zoneId,
            responsible_person: r.person,
            expected_investment: r.money,
            pipeline_stage: stage,
            signed_on: r.signedOn,
            landed_on: r.landedOn,
            project_id: null,
            fills_gap: r.gap,
            notes: null,
            demo: false,
            created_at: now,
            updated_at: now,
          });
          await repo.addEvent(trx, {
            leadId: id,
            at: now,
            on: r.landedOn ?? r.signedOn ?? now.slice(0, 10),
            username: ctx.actor.username,
            from: null,
            to: stage,
            evidence: '由台账导入',
          });
          ids.push(id);
        }
        await deps.audit.record(trx, {
          actor: ctx.actor,
          ip: ctx.ip,
          action: 'create',
          entityType: 'leadImport',
          entityId: null,
          after: { count: ids.length, ids },
        });
      });
    },
  });
}
