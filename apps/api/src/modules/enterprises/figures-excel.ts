/** Quarterly and yearly figures as a sheet: money typed in 万元, stored in yuan. */
import { creditCodeProblem, type FigureInput, type ImportMode, type ImportResult, Period } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import { chunk } from '../../db/dialect.js';
import { completeRow, integerCell, textCell, wanYuanCell } from '../../excel/cell-parsers.js';
import { runImport } from '../../excel/import-pipeline.js';
import type { SheetColumn, SheetSpec } from '../../excel/write-sheet.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { figuresRepository } from './figures.repository.js';

const C = {
  code: '统一社会信用代码',
  period: '期间',
  revenue: '营业收入（万元）',
  output: '工业总产值（万元）',
  tax: '税收（万元）',
  rd: '研发投入（万元）',
  employees: '从业人数',
  investment: '投资额（万元）',
} as const;

export const FIGURE_COLUMNS: SheetColumn[] = [
  { header: C.code, required: true, width: 22 },
  { header: C.period, required: true, note: '季度如 2024Q3，全年如 2024' },
  { header: C.revenue, required: true },
  { header: C.output },
  { header: C.tax },
  { header: C.rd },
  { header: C.employees },
  { header: C.investment },
];

export function figuresTemplate(): SheetSpec[] {
  return [{ name: '经营数据', columns: FIGURE_COLUMNS, rows: [['（示例，请删除本行）', '2024Q3', 12345.67, 10000, 500, 300, 260, 800]] }];
}

type Row = FigureInput & { creditCode: string };

export async function importFigures(deps: Deps, ctx: RequestContext, buffer: Buffer, mode: ImportMode): Promise<ImportResult> {
  const idOf = new Map<string, number>();
  return runImport<Row>({
    buffer,
    columns: FIGURE_COLUMNS,
    mode,
    parseRow(cells, report) {
      const code = textCell(cells, C.code, report, { required: true, max: 40 })?.toUpperCase();
      if (code && creditCodeProblem(code)) report(C.code, creditCodeProblem(code) as string);
      const periodText = textCell(cells, C.period, report, { required: true, max: 10 });
      const period = periodText ? Period.safeParse(periodText) : null;
      if (period && !period.success) report(C.period, `期间应为 2024Q3 或 2024，当前为“${periodText}”`);
      const row = {
        creditCode: code,
        period: period?.success ? period.data : undefined,
        revenue: wanYuanCell(cells, C.revenue, report, { required: true }),
        output: wanYuanCell(cells, C.output, report),
        tax: wanYuanCell(cells, C.tax, report),
        rdSpending: wanYuanCell(cells, C.rd, report),
        employees: integerCell(cells, C.employees, report, { min: 0, max: 10_000_000 }),
        investment: wanYuanCell(cells, C.investment, report),
      };
      return completeRow<Row>(row);
    },
    async checkRows(rows, report) {
      const seen = new Map<string, number>();
      for (const { row, value } of rows) {
        const key = `${value.creditCode}:${value.period}`;
        const first = seen.get(key);
        if (first !== undefined) report(row, C.period, `与第 ${first} 行是同一企业同一期间`);
        else seen.set(key, row);
      }
      const codes = [...new Set(rows.map((r) => r.value.creditCode))];
      const found = [];
      for (const part of chunk(codes)) {
        found.push(
          ...(await deps.db
            .selectFrom('enterprises')
            .select(['id', 'credit_code', 'city_id', 'zone_id', 'organisation_id'])
            .where('credit_code', 'in', part)
            .execute()),
        );
      }
      const byCode = new Map(found.map((e) => [e.credit_code, e]));
      for (const { row, value } of rows) {
        const e = byCode.get(value.creditCode);
        if (!e) {
          report(row, C.code, '该企业尚未登记，或不在本单位职责范围内');
          continue;
        }
        const ties = {
          cityId: Number(e.city_id),
          zoneId: e.zone_id === null ? null : Number(e.zone_id),
          organisationId: e.organisation_id === null ? null : Number(e.organisation_id),
        };
        if (!policy.enterprise.update(ctx.actor, ties)) report(row, C.code, '该企业尚未登记，或不在本单位职责范围内');
        idOf.set(value.creditCode, Number(e.id));
      }
    },
    async write(rows) {
      await inTransaction(deps, async (trx) => {
        const now = deps.clock.nowIso();
        for (const r of rows) await figuresRepository.upsert(trx, idOf.get(r.creditCode) as number, r, ctx.actor.userId || null, now);
        await deps.audit.record(trx, {
          actor: ctx.actor,
          ip: ctx.ip,
          action: 'update',
          entityType: 'enterpriseFigureImport',
          entityId: null,
          after: { count: rows.length, rows },
        });
      });
    },
  });
}
