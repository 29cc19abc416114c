/** The candidate pool as a sheet: enterprises outside the province that could fill a chain's gaps. */
import { COMPANY_SIZE_LABELS, type CompanySize, creditCodeProblem, type ImportMode, type ImportResult } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import { choiceCell, completeRow, textCell } from '../../excel/cell-parsers.js';
import { runImport } from '../../excel/import-pipeline.js';
import type { SheetColumn, SheetSpec } from '../../excel/write-sheet.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { nameIndex } from '../enterprises/name-index.js';
import { candidatesRepository as repo } from './candidates.repository.js';
import { segmentsRepository } from './segments.repository.js';

const C = {
  chain: '产业链',
  name: '企业名称',
  code: '统一社会信用代码',
  province: '所在省份',
  segment: '环节',
  products: '主要产品',
  size: '企业规模',
} as const;

export const CANDIDATE_COLUMNS: SheetColumn[] = [
  { header: C.chain, required: true },
  { header: C.name, required: true, width: 30 },
  { header: C.code, required: true, width: 22 },
  { header: C.province, required: true },
  { header: C.segment, width: 30, note: '环节名称或路径（如 电池组件/电池片）' },
  { header: C.products, width: 40 },
  { header: C.size, required: true, note: Object.values(COMPANY_SIZE_LABELS).join('、') },
];

export const candidatesTemplate = (): SheetSpec[] => [
  {
    name: '补链招商候选',
    columns: CANDIDATE_COLUMNS,
    rows: [['光伏', '（示例，请删除本行）示例光伏玻璃有限公司', '91320500MA1XXXXXX0', '江苏省', '光伏玻璃', '超白压延玻璃', '中型']],
  },
];

type Row = {
  chain: string;
  name: string;
  code: string;
  province: string;
  segment: string | null;
  products: string | null;
  size: CompanySize;
  chainId?: number;
  segmentId?: number | null;
};

export async function importCandidates(deps: Deps, ctx: RequestContext, buffer: Buffer, mode: ImportMode): Promise<ImportResult> {
  const names = await nameIndex(deps.db);
  return runImport<Row>({
    buffer,
    columns: CANDIDATE_COLUMNS,
    mode,
    parseRow(cells, report) {
      const row = {
        chain: textCell(cells, C.chain, report, { required: true, max: 50 }),
        name: textCell(cells, C.name, report, { required: true, max: 100 }),
        code: textCell(cells, C.code, report, { required: true, max: 18 })?.toUpperCase(),
        province: textCell(cells, C.province, report, { required: true, max: 20 }),
        segment: textCell(cells, C.segment, report, { max: 500 }),
        products: textCell(cells, C.products, report, { max: 1000 }),
        size: choiceCell(cells, C.size, report, COMPANY_SIZE_LABELS, { required: true }),
      };
      if (row.code) {
        const problem = creditCodeProblem(row.code);
        if (problem) report(C.code, problem);
      }
      if (row.province && /^山西/.test(row.province)) report(C.province, '候选名单只收省外企业；省内企业请在企业库中登记');
      return completeRow<Row>(row);
    },
    async checkRows(rows, report) {
      const codes = new Map<number, Set<string>>();
      const trees = new Map<number, Awaited<ReturnType<typeof segmentsRepository.tree>>>();
      for (const { row, value } of rows) {
        const chainId = names.chains.get(value.chain);
        if (chainId === undefined) {
          report(row, C.chain, `没有名为“${value.chain}”的产业链`);
          continue;
        }
        const chain = await chainsRepository.findInScope(deps.db, policy.chain.businessScope(ctx.actor), chainId);
        if (!chain || !policy.chainMap.keepCandidates(ctx.actor, chain)) {
          report(row, C.chain, `“${value.chain}”的补链招商候选由该链的牵头单位或省链长办维护`);
          continue;
        }
        if (!codes.has(chainId)) codes.set(chainId, await repo.codesOf(deps.db, chainId));
        const seen = codes.get(chainId) as Set<string>;
        if (seen.has(value.code)) {
          report(row, C.code, '该企业已在本链的候选名单中（或在本表中重复）');
          continue;
        }
        seen.add(value.code);
        value.chainId = chainId;
        value.segmentId = null;
        if (value.segment) {
          if (!trees.has(chainId)) trees.set(chainId, await segmentsRepository.tree(deps.db, chainId, false));
          const wanted = value.segment
            .split(/[/／]/)
            .map((p) => p.trim())
            .filter(Boolean)
            .join(' / ');
          const tree = trees.get(chainId) ?? [];
          const found = tree.filter((s) => s.path === wanted || s.name === wanted);
          if (found.length !== 1) {
            report(
              row,
              C.segment,
              found.length ? `“${value.segment}”对应多个环节，请写出完整路径` : `${value.chain}没有名为“${value.segment}”的环节`,
            );
            continue;
          }
          value.segmentId = found[0].id;
        }
      }
    },
    async write(rows) {
      await inTransaction(deps, async (trx) => {
        const now = deps.clock.nowIso();
        const ids: number[] = [];
        for (const r of rows) {
          ids.push(
            await repo.insert(trx, {
              chain_id: r.chainId as number,
              segment_id: r.segmentId ?? null,
              name: r.name,
              credit_code: r.code,
              province: r.province,
              products: r.products,
              size: r.size,
              lead_id: null,
              demo: false,
              created_at: now,
              updated_at: now,
            }),
          );
        }
        await deps.audit.record(trx, {
          actor: ctx.actor,
          ip: ctx.ip,
          action: 'create',
          entityType: 'candidateImport',
          entityId: null,
          after: { count: ids.length, ids },
        });
      });
    },
  });
}
