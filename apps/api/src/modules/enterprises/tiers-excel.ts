/** Tiers as a sheet, for the office's corrections and for loading an existing list. */
import { creditCodeProblem, type ImportMode, type ImportResult, TIER_LABELS, type Tier } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import { choiceCell, dateCell, textCell } from '../../excel/cell-parsers.js';
import { runImport } from '../../excel/import-pipeline.js';
import type { SheetColumn, SheetSpec } from '../../excel/write-sheet.js';
import { forbidden } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { enterprisesRepository as repo } from './enterprises.repository.js';
import { nameIndex } from './name-index.js';

const C = { code: '统一社会信用代码', chain: '产业链', tier: '层级', from: '起始日期' } as const;

export const TIER_COLUMNS: SheetColumn[] = [
  { header: C.code, required: true, width: 22 },
  { header: C.chain, required: true },
  { header: C.tier, required: true, note: '链主企业、链核企业或链上企业' },
  { header: C.from, required: true, note: '如 2024-07-01' },
];

export function tiersTemplate(): SheetSpec[] {
  return [{ name: '企业层级', columns: TIER_COLUMNS, rows: [['（示例，请删除本行）', '光伏', '链核企业', '2024-07-01']] }];
}

type Row = { creditCode: string; chain: string; tier: Tier; from: string };

export async function importTiers(deps: Deps, ctx: RequestContext, buffer: Buffer, mode: ImportMode): Promise<ImportResult> {
  if (!policy.enterprise.setTier(ctx.actor)) throw forbidden('只有省链长办可以导入企业层级');
  const names = await nameIndex(deps.db);
  const idOf = new Map<string, number>();
  return runImport<Row>({
    buffer,
    columns: TIER_COLUMNS,
    mode,
    parseRow(cells, report) {
      const code = textCell(cells, C.code, report, { required: true, max: 40 })?.toUpperCase();
      if (code && creditCodeProblem(code)) report(C.code, creditCodeProblem(code) as string);
      const row = {
        creditCode: code,
        chain: textCell(cells, C.chain, report, { required: true, max: 50 }),
        tier: choiceCell(cells, C.tier, report, TIER_LABELS, { required: true }),
        from: dateCell(cells, C.from, report, { required: true }),
      };
      return Object.values(row).some((v) => v === undefined || v === null) ? undefined : (row as Row);
    },
    async checkRows(rows, report) {
      const seen = new Map<string, number>();
      const found = await repo.findByCreditCodes(deps.db, [...new Set(rows.map((r) => r.value.creditCode))]);
      const byCode = new Map(found.map((e) => [e.credit_code, e.id]));
      for (const { row, value } of rows) {
        const key = `${value.creditCode}:${value.chain}`;
        if (seen.has(key)) report(row, C.chain, `与第 ${seen.get(key)} 行是同一企业同一产业链`);
        else seen.set(key, row);
        if (!byCode.has(value.creditCode)) report(row, C.code, '该企业尚未登记，请先导入企业名录');
        else idOf.set(value.creditCode, byCode.get(value.creditCode) as number);
        if (!names.chains.has(value.chain)) report(row, C.chain, `没有名为“${value.chain}”的产业链`);
      }
    },
    async write(rows) {
      await inTransaction(deps, async (trx) => {
        const now = deps.clock.nowIso();
        for (const r of rows) {
          const enterpriseId = idOf.get(r.creditCode) as number;
          const chainId = names.chains.get(r.chain) as number;
          if (!(await repo.isPlaced(trx, enterpriseId, chainId))) {
            await trx.insertInto('enterprise_chains').values({ enterprise_id: enterpriseId, chain_id: chainId, stage: null }).execute();
          }
          // the same tier held since that day or earlier: a re-import changes nothing, so no second span;
          // an earlier day than the open span's start opens the tier from that day (the later start is cut to nothing)
          const since = await repo.openSpanStart(trx, enterpriseId, chainId, r.tier);
          if (since !== null && since <= r.from) continue;
          await repo.changeTier(trx, { enterpriseId, chainId, tier: r.tier, from: r.from, roundId: null, now });
        }
        await deps.audit.record(trx, {
          actor: ctx.actor,
          ip: ctx.ip,
          action: 'update',
          entityType: 'enterpriseTierImport',
          entityId: null,
          after: { count: rows.length, rows },
        });
      });
    },
  });
}
