/** The register as a sheet: the template, the import and the export share one column list. */
import {
  CHAIN_STAGE_LABELS,
  type ChainStage,
  creditCodeProblem,
  type Enterprise,
  type EnterpriseQuery,
  HONOUR_LABELS,
  type ImportMode,
  type ImportResult,
  lastEndedQuarter,
  periodRange,
  quarterOf,
  TIER_LABELS,
} from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import { chunk } from '../../db/dialect.js';
import { choiceCell, completeRow, textCell } from '../../excel/cell-parsers.js';
import { runImport } from '../../excel/import-pipeline.js';
import type { SheetColumn, SheetSpec } from '../../excel/write-sheet.js';
import { forbidden, invalid } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { enterpriseScopeIsEmpty, policy } from '../../policy/policy.js';
import { enterprisesRepository as repo } from './enterprises.repository.js';
import { nameIndex } from './name-index.js';

const C = {
  code: '统一社会信用代码',
  name: '企业名称',
  city: '所在市',
  zone: '所在开发区/园区',
  address: '地址',
  legal: '法定代表人',
  contact: '联系人',
  phone: '联系电话',
  products: '主要产品',
  chains: '所属产业链',
  stage: '所处环节',
} as const;

export const ENTERPRISE_COLUMNS: SheetColumn[] = [
  { header: C.code, required: true, width: 22, note: '18 位，含校验位；同一企业只登记一次' },
  { header: C.name, required: true, width: 30 },
  { header: C.city, required: true, note: '如：太原市、山西转型综改示范区' },
  { header: C.zone, width: 24, note: '须在所在市内' },
  { header: C.address, width: 30 },
  { header: C.legal },
  { header: C.contact },
  { header: C.phone, width: 16 },
  { header: C.products, width: 30 },
  { header: C.chains, width: 24, note: '多条产业链用顿号“、”分隔' },
  { header: C.stage, note: '上游、中游或下游，适用于所填的全部产业链' },
];

type Row = {
  creditCode: string;
  name: string;
  city: string;
  zone: string | null;
  address: string | null;
  legalRepresentative: string | null;
  contactPerson: string | null;
  contactPhone: string | null;
  mainProducts: string | null;
  chains: string[];
  stage: ChainStage | null;
  resolved?: Resolved;
};

/** What the checks resolve names to; filled in place to keep a 100,000-row import small. */
type Resolved = { cityId: number; zoneId: number | null; chainIds: number[] };

export function enterpriseTemplate(): SheetSpec[] {
  return [
    {
      name: '企业名录',
      columns: ENTERPRISE_COLUMNS,
      rows: [
        [
          '91140100MA0XXXXXXX（示例，请删除本行）',
          '示例新材料有限公司',
          '太原市',
          '',
          '太原市小店区示例路 1 号',
          '张三',
          '李四',
          '0351-1234567',
          '特种钢材',
          '特钢材料',
          '中游',
        ],
      ],
    },
  ];
}

/**
 * The ledger's period (台账所属期, default the last quarter ended by today) dates what the sheet
 * records: its enterprises sit on their chains from the quarter's first day, not from the day of the
 * import. A period not begun yet is refused before anything is read.
 */
export function ledgerPeriod(period: string | undefined, today: string): { period: string; placedFrom: string } {
  const chosen = period ?? lastEndedQuarter(today);
  const placedFrom = periodRange(chosen).start;
  if (placedFrom > today) {
    const message = `台账所属期 ${chosen} 尚未开始，应为本季度（${quarterOf(today)}）或更早的季度，如 ${lastEndedQuarter(today)}`;
    throw invalid(message, { period: message });
  }
  return { period: chosen, placedFrom };
}

export async function importEnterprises(
  deps: Deps,
  ctx: RequestContext,
  buffer: Buffer,
  mode: ImportMode,
  query: { period?: string } = {},
): Promise<ImportResult> {
  const { period, placedFrom } = ledgerPeriod(query.period, deps.clock.today());
  const names = await nameIndex(deps.db);
  const result = await runImport<Row>({
    buffer,
    columns: ENTERPRISE_COLUMNS,
    mode,
    parseRow(cells, report) {
      const codeText = textCell(cells, C.code, report, { required: true, max: 40 });
      const code = codeText?.toUpperCase();
      if (code) {
        const problem = creditCodeProblem(code);
        if (problem) report(C.code, problem);
      }
      const row = {
        creditCode: code,
        name: textCell(cells, C.name, report, { required: true, max: 100 }),
        city: textCell(cells, C.city, report, { required: true, max: 100 }),
        zone: textCell(cells, C.zone, report, { max: 100 }),
        address: textCell(cells, C.address, report, { max: 200 }),
        legalRepresentative: textCell(cells, C.legal, report, { max: 50 }),
        contactPerson: textCell(cells, C.contact, report, { max: 50 }),
        contactPhone: textCell(cells, C.phone, report, { max: 20 }),
        mainProducts: textCell(cells, C.products, report, { max: 500 }),
        chains: (textCell(cells, C.chains, report, { max: 500 }) ?? '')
          .split(/[、,，;；]/)
          .map((s) => s.trim())
          .filter(Boolean),
        stage: choiceCell(cells, C.stage, report, CHAIN_STAGE_LABELS),
      };
      return completeRow<Row>(row);
    },
    async checkRows(rows, report) {
      const firstRowOf = new Map<string, number>();
      for (const { row, value } of rows) {
        const seen = firstRowOf.get(value.creditCode);
        if (seen !== undefined) report(row, C.code, `与第 ${seen} 行的统一社会信用代码重复`);
        else firstRowOf.set(value.creditCode, row);
      }
      const existing = new Map((await repo.findByCreditCodes(deps.db, [...firstRowOf.keys()])).map((e) => [e.credit_code, e.name]));
      for (const { row, value } of rows) {
        const already = existing.get(value.creditCode);
        if (already) report(row, C.code, '该统一社会信用代码已登记，同一企业不能重复登记');
        const city = names.cities.get(value.city);
        if (!city) {
          report(row, C.city, `没有名为“${value.city}”的市，应为 11 个市或山西转型综改示范区之一`);
          continue;
        }
        let zoneId: number | null = null;
        if (value.zone) {
          const zone = names.zones.get(value.zone);
          if (!zone) report(row, C.zone, `没有名为“${value.zone}”的开发区/园区`);
          else if (zone.parentId !== city) report(row, C.zone, `“${value.zone}”不在${value.city}`);
          else zoneId = zone.id;
        }
        const chainIds: number[] = [];
        for (const chainName of value.chains) {
          const id = names.chains.get(chainName);
          if (id === undefined) report(row, C.chains, `没有名为“${chainName}”的产业链`);
          else chainIds.push(id);
        }
        if (!policy.enterprise.create(ctx.actor, { cityId: city, zoneId, organisationId: null })) {
          report(row, C.city, `无权登记${value.city}${value.zone ?? ''}的企业`);
        }
        value.resolved = { cityId: city, zoneId, chainIds };
      }
    },
    async write(rows) {
      await inTransaction(deps, async (trx) => {
        const now = deps.clock.nowIso();
        // a registered code is refused above, so a re-import never opens a second span for the same
        // place; an earlier start for a place already held is the tier sheet's work (its 起始日期)
        const on = placedFrom;
        const ids: number[] = [];
        for (const part of chunk(rows, 1500)) {
          const inserted = await repo.insertMany(
            trx,
            part.map((x) => {
              const r = x.resolved as Resolved;
              return {
                credit_code: x.creditCode,
                name: x.name,
                city_id: r.cityId,
                zone_id: r.zoneId,
                address: x.address,
                legal_representative: x.legalRepresentative,
                contact_person: x.contactPerson,
                contact_phone: x.contactPhone,
                main_products: x.mainProducts,
                owner_org_id: r.cityId,
                organisation_id: null,
                last_confirmed_at: now,
                demo: false,
                created_at: now,
                updated_at: now,
              };
            }),
          );
          const idOf = new Map(inserted.map((i) => [i.credit_code, i.id]));
          const places = part.flatMap((x) =>
            (x.resolved as Resolved).chainIds.map((chainId) => ({
              enterpriseId: idOf.get(x.creditCode) as number,
              chainId,
              stage: x.stage,
            })),
          );
          await repo.insertPlacements(trx, places, on, now);
          ids.push(...inserted.map((i) => i.id));
        }
        // one audit row for the import: who brought which enterprises in, when
        await deps.audit.record(trx, {
          actor: ctx.actor,
          ip: ctx.ip,
          action: 'create',
          entityType: 'enterpriseImport',
          entityId: null,
          after: { count: ids.length, ids, period, placedFrom },
        });
      });
    },
  });
  return { ...result, period, placedFrom };
}

export async function exportEnterprises(deps: Deps, ctx: RequestContext, q: EnterpriseQuery): Promise<SheetSpec[]> {
  if (enterpriseScopeIsEmpty(policy.enterprise.scope(ctx.actor))) throw forbidden();
  const rows: Enterprise[] = await repo.all(
    deps.db,
    deps.kind,
    policy.enterprise.scope(ctx.actor),
    q,
    deps.clock.today(),
    deps.clock.nowIso(),
  );
  return [
    {
      name: '企业名录',
      columns: [
        ...ENTERPRISE_COLUMNS.map(({ header, width }) => ({ header, width })),
        { header: '层级', width: 30 },
        { header: '荣誉', width: 30 },
        { header: '最近确认', width: 14 },
      ],
      rows: rows.map((e) => [
        e.creditCode,
        e.name,
        e.cityName,
        e.zoneName,
        e.address,
        e.legalRepresentative,
        e.contactPerson,
        e.contactPhone,
        e.mainProducts,
        e.chains.map((c) => c.chainName).join('、'),
        [...new Set(e.chains.map((c) => (c.stage ? CHAIN_STAGE_LABELS[c.stage] : '')))].filter(Boolean).join('、'),
        e.chains.map((c) => `${c.chainName}：${TIER_LABELS[c.tier]}`).join('；'),
        e.honours.map((h) => `${HONOUR_LABELS[h.kind]}（${h.year}）`).join('、'),
        e.lastConfirmedAt.slice(0, 10),
      ]),
    },
  ];
}
