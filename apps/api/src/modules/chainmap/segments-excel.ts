/** Segments as a sheet: one row per segment with its full path; an export imports back to the same tree. */
import { CHAIN_STAGE_LABELS, type ChainStage, type ImportMode, type ImportResult, type Segment } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import { choiceCell, completeRow, integerCell, textCell } from '../../excel/cell-parsers.js';
import { runImport } from '../../excel/import-pipeline.js';
import type { SheetColumn, SheetSpec } from '../../excel/write-sheet.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { nameIndex } from '../enterprises/name-index.js';
import { segmentsRepository as repo } from './segments.repository.js';

const C = {
  chain: '产业链',
  stage: '阶段',
  path: '环节',
  products: '主要产品',
  share: '应占份额（%）',
  order: '排序',
} as const;

export const SEGMENT_COLUMNS: SheetColumn[] = [
  { header: C.chain, required: true },
  { header: C.stage, required: true, note: '上游、中游或下游' },
  { header: C.path, required: true, width: 40, note: '从上到下用“/”分隔，如 电池组件/电池片；上级环节须在前面的行或已存在' },
  { header: C.products, width: 40 },
  { header: C.share, note: '该环节应占全链营收的百分比，不填则在末级环节间平均' },
  { header: C.order },
];

const splitPath = (path: string) =>
  path
    .split(/[/／]/)
    .map((p) => p.trim())
    .filter(Boolean);

export function segmentsSheet(chainName: string, segments: Segment[]): SheetSpec[] {
  return [
    {
      name: '环节',
      columns: SEGMENT_COLUMNS.map(({ header, width }) => ({ header, width })),
      rows: segments.map((s) => [
        chainName,
        CHAIN_STAGE_LABELS[s.stage],
        s.path.split(' / ').join('/'),
        s.products,
        s.expectedShare,
        s.sortOrder,
      ]),
    },
  ];
}

export const segmentsTemplate = (): SheetSpec[] => [
  { name: '环节', columns: SEGMENT_COLUMNS, rows: [['光伏', '中游', '（示例，请删除本行）电池组件/电池片', 'PERC、TOPCon 电池片', '', 1]] },
];

type Row = {
  chain: string;
  stage: ChainStage;
  path: string;
  products: string | null;
  share: number | null;
  order: number;
  chainId?: number;
  names?: string[];
};

export async function importSegments(deps: Deps, ctx: RequestContext, buffer: Buffer, mode: ImportMode): Promise<ImportResult> {
  const names = await nameIndex(deps.db);
  return runImport<Row>({
    buffer,
    columns: SEGMENT_COLUMNS,
    mode,
    parseRow(cells, report) {
      const shareCell = cells[C.share];
      let share: number | null | undefined = null;
      if (shareCell !== null && shareCell !== undefined) {
        const n = Number(String(shareCell).replace(/[%％\s]/g, ''));
        if (!Number.isFinite(n) || n < 0 || n > 100) {
          report(C.share, `${C.share}应为 0 到 100 之间的数字，当前为“${shareCell}”`);
          share = undefined;
        } else share = n;
      }
      return completeRow<Row>({
        chain: textCell(cells, C.chain, report, { required: true, max: 50 }),
        stage: choiceCell(cells, C.stage, report, CHAIN_STAGE_LABELS, { required: true }),
        path: textCell(cells, C.path, report, { required: true, max: 500 }),
        products: textCell(cells, C.products, report, { max: 1000 }),
        share,
        order: integerCell(cells, C.order, report, { min: 0, max: 9999 }),
      });
    },
    async checkRows(rows, report) {
      const seen = new Map<number, Set<string>>();
      for (const { row, value } of rows) {
        const chainId = names.chains.get(value.chain);
        if (chainId === undefined) {
          report(row, C.chain, `没有名为“${value.chain}”的产业链`);
          continue;
        }
        const chain = await chainsRepository.findInScope(deps.db, policy.chain.businessScope(ctx.actor), chainId);
        if (!chain || !policy.chainMap.editSegments(ctx.actor, chain)) {
          report(row, C.chain, `“${value.chain}”的环节由该链的牵头单位或省链长办维护`);
          continue;
        }
        const parts = splitPath(value.path);
        if (parts.some((p) => p.length > 100)) {
          report(row, C.path, '每一级环节名称不能超过 100 个字');
          continue;
        }
        if (!seen.has(chainId)) {
          const tree = await repo.tree(deps.db, chainId, false);
          seen.set(chainId, new Set(tree.map((s) => `${s.stage}|${s.path}`)));
        }
        const known = seen.get(chainId) as Set<string>;
        const parent = parts.slice(0, -1).join(' / ');
        if (parent && !known.has(`${value.stage}|${parent}`)) {
          report(row, C.path, `上级环节“${parent}”在${CHAIN_STAGE_LABELS[value.stage]}中不存在，请先在前面的行中列出`);
          continue;
        }
        known.add(`${value.stage}|${parts.join(' / ')}`);
        value.chainId = chainId;
        value.names = parts;
      }
    },
    async write(rows) {
      await inTransaction(deps, async (trx) => {
        const now = deps.clock.nowIso();
        let created = 0;
        let updated = 0;
        for (const r of rows) {
          const chainId = r.chainId as number;
          const parts = r.names as string[];
          const tree = await repo.tree(trx, chainId, false);
          const find = (path: string) => tree.find((s) => s.stage === r.stage && s.path === path);
          const existing = find(parts.join(' / '));
          const values = { products: r.products, expected_share: r.share, sort_order: r.order, updated_at: now };
          if (existing) {
            await repo.update(trx, existing.id, values);
            updated++;
            continue;
          }
          const parent = parts.length > 1 ? find(parts.slice(0, -1).join(' / ')) : undefined;
          const id = await repo.insert(trx, {
            chain_id: chainId,
            parent_id: parent?.id ?? null,
            stage: r.stage,
            name: parts[parts.length - 1],
            retired_at: null,
            created_at: now,
            ...values,
          });
          await repo.addEvent(trx, {
            segmentId: id,
            at: now,
            username: ctx.actor.username,
            kind: 'imported',
            summary: `由表格导入环节“${parts.join(' / ')}”`,
          });
          created++;
        }
        await deps.audit.record(trx, {
          actor: ctx.actor,
          ip: ctx.ip,
          action: 'create',
          entityType: 'segmentImport',
          entityId: null,
          after: { created, updated },
        });
      });
    },
  });
}
