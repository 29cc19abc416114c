/**
 * The yearly list of ≥ 1亿元 projects as it is published (序号, 项目名称, 建设单位, 建设内容, 总投资,
 * 年度计划投资, 建设地点, 项目类别, 责任单位), with the columns that make it importable again.
 */
import {
  BUILD_TYPE_LABELS,
  type BuildType,
  type ImportMode,
  type ImportResult,
  KEY_PROJECT_THRESHOLD_YUAN,
  PROJECT_CLASS_LABELS,
  type ProjectQuery,
} from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import { choiceCell, completeRow, integerCell, textCell, wanYuanCell } from '../../excel/cell-parsers.js';
import { runImport } from '../../excel/import-pipeline.js';
import type { SheetColumn, SheetSpec } from '../../excel/write-sheet.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { nameIndex } from '../enterprises/name-index.js';
import { projectsRepository as repo } from './projects.repository.js';
import { projectsService } from './projects.service.js';

const C = {
  seq: '序号',
  name: '项目名称',
  builder: '建设单位',
  content: '建设内容',
  total: '总投资（万元）',
  annual: '年度计划投资（万元）',
  place: '建设地点',
  class: '项目类别',
  responsible: '责任单位',
  chain: '产业链',
  year: '年度',
  city: '所在市',
  zone: '所在开发区/园区',
  buildType: '建设性质',
} as const;

export const PROJECT_COLUMNS: SheetColumn[] = [
  { header: C.seq, width: 6 },
  { header: C.name, required: true, width: 30 },
  { header: C.builder, required: true, width: 24 },
  { header: C.content, width: 40 },
  { header: C.total, required: true, width: 14 },
  { header: C.annual, width: 16 },
  { header: C.place, width: 24 },
  { header: C.class, required: true, note: '谋划类、储备类或实施类' },
  { header: C.responsible, width: 24 },
  { header: C.chain, required: true },
  { header: C.year, required: true },
  { header: C.city, required: true },
  { header: C.zone, width: 24 },
  { header: C.buildType, note: '实施类填写：新建或续建' },
];

const IMPORT_CLASSES = {
  planning: PROJECT_CLASS_LABELS.planning,
  reserve: PROJECT_CLASS_LABELS.reserve,
  underway: PROJECT_CLASS_LABELS.underway,
};
const wan = (yuan: number) => Math.round(yuan / 100) / 100;

export async function exportProjects(deps: Deps, ctx: RequestContext, q: Omit<ProjectQuery, 'page' | 'pageSize'>): Promise<SheetSpec[]> {
  const rows = await projectsService.listAll(deps, ctx, q);
  const leadUnits = new Map(
    (
      await deps.db.selectFrom('chains as c').leftJoin('organisations as o', 'o.id', 'c.lead_unit_id').select(['c.id', 'o.name']).execute()
    ).map((r) => [Number(r.id), r.name]),
  );
  return [
    {
      name: '重点项目清单',
      columns: PROJECT_COLUMNS.map(({ header, width }) => ({ header, width })),
      rows: rows.map((p, i) => [
        i + 1,
        p.name,
        p.builder,
        p.content,
        wan(p.totalInvestment),
        wan(p.annualPlanInvestment),
        [p.cityName, p.zoneName].filter(Boolean).join(''),
        PROJECT_CLASS_LABELS[p.class],
        [leadUnits.get(p.chainId), `${p.cityName}人民政府`].filter(Boolean).join('、'),
        p.chainName,
        p.year,
        p.cityName,
        p.zoneName,
        p.buildType ? BUILD_TYPE_LABELS[p.buildType] : '',
      ]),
    },
  ];
}

export function projectsTemplate(): SheetSpec[] {
  return [
    {
      name: '重点项目清单',
      columns: PROJECT_COLUMNS,
      rows: [
        [
          1,
          '（示例，请删除本行）示例高端装备产业园项目',
          '示例装备有限公司',
          '建设智能制造产线',
          150000,
          30000,
          '',
          '实施类',
          '',
          '高端装备制造',
          2024,
          '太原市',
          '',
          '新建',
        ],
      ],
    },
  ];
}

type Row = {
  name: string;
  builder: string;
  content: string | null;
  total: number;
  annual: number;
  class: 'planning' | 'reserve' | 'underway';
  buildType: BuildType | null;
  chain: string;
  year: number;
  city: string;
  zone: string | null;
  resolved?: { chainId: number; cityId: number; zoneId: number | null };
};

export async function importProjects(deps: Deps, ctx: RequestContext, buffer: Buffer, mode: ImportMode): Promise<ImportResult> {
  const names = await nameIndex(deps.db);
  const leadUnits = new Map(
    (await deps.db.selectFrom('chains').select(['id', 'lead_unit_id']).execute()).map((c) => [
      Number(c.id),
      c.lead_unit_id === null ? null : Number(c.lead_unit_id),
    ]),
  );
  return runImport<Row>({
    buffer,
    columns: PROJECT_COLUMNS,
    mode,
    parseRow(cells, report) {
      const row = {
        name: textCell(cells, C.name, report, { required: true, max: 100 }),
        builder: textCell(cells, C.builder, report, { required: true, max: 100 }),
        content: textCell(cells, C.content, report, { max: 2000 }),
        total: wanYuanCell(cells, C.total, report, { required: true }),
        annual: wanYuanCell(cells, C.annual, report),
        class: choiceCell(cells, C.class, report, IMPORT_CLASSES, { required: true }),
        buildType: choiceCell(cells, C.buildType, report, BUILD_TYPE_LABELS),
        chain: textCell(cells, C.chain, report, { required: true, max: 50 }),
        year: integerCell(cells, C.year, report, { required: true, min: 2000, max: 2100 }),
        city: textCell(cells, C.city, report, { required: true, max: 100 }),
        zone: textCell(cells, C.zone, report, { max: 100 }),
      };
      if (row.total !== undefined && row.total < KEY_PROJECT_THRESHOLD_YUAN)
        report(C.total, '总投资低于 1 亿元：此类项目请在页面上逐个确认录入');
      if (row.class === 'underway' && !row.buildType) report(C.buildType, '实施类项目须填写新建或续建');
      return completeRow<Row>(row);
    },
    async checkRows(rows, report) {
      const seen = new Map<string, number>();
      const existing = new Set(
        (await deps.db.selectFrom('projects').select(['name', 'year', 'chain_id']).execute()).map(
          (p) => `${p.name}|${p.year}|${p.chain_id}`,
        ),
      );
      for (const { row, value } of rows) {
        const chainId = names.chains.get(value.chain);
        const cityId = names.cities.get(value.city);
        if (chainId === undefined) report(row, C.chain, `没有名为“${value.chain}”的产业链`);
        if (cityId === undefined) report(row, C.city, `没有名为“${value.city}”的市`);
        if (chainId === undefined || cityId === undefined) continue;
        let zoneId: number | null = null;
        if (value.zone) {
          const zone = names.zones.get(value.zone);
          if (!zone) report(row, C.zone, `没有名为“${value.zone}”的开发区/园区`);
          else if (zone.parentId !== cityId) report(row, C.zone, `“${value.zone}”不在${value.city}`);
          else zoneId = zone.id;
        }
        const key = `${value.name}|${value.year}|${chainId}`;
        if (seen.has(key)) report(row, C.name, `与第 ${seen.get(key)} 行是同一产业链同一年度的同名项目`);
        else seen.set(key, row);
        if (existing.has(key)) report(row, C.name, `${value.year} 年“${value.chain}”清单中已有同名项目`);
        if (!policy.project.write(ctx.actor, { chainLeadUnitId: leadUnits.get(chainId) ?? null, cityId, zoneId })) {
          report(row, C.city, '无权为该产业链或该辖区录入项目');
        }
        value.resolved = { chainId, cityId, zoneId };
      }
    },
    async write(rows) {
      await inTransaction(deps, async (trx) => {
        const now = deps.clock.nowIso();
        const ids: number[] = [];
        for (const r of rows) {
          const place = r.resolved as NonNullable<Row['resolved']>;
          const id = await repo.insert(trx, {
            name: r.name,
            year: r.year,
            chain_id: place.chainId,
            stage: null,
            city_id: place.cityId,
            zone_id: place.zoneId,
            enterprise_id: null,
            builder: r.builder,
            partners: null,
            content: r.content,
            total_investment: r.total,
            annual_plan_investment: r.annual,
            completed_investment: 0,
            class: r.class,
            build_type: r.class === 'underway' ? r.buildType : null,
            planned_sign_on: null,
            planned_start_on: null,
            planned_complete_on: null,
            planned_production_on: null,
            actual_sign_on: null,
            actual_start_on: null,
            actual_complete_on: null,
            actual_production_on: null,
            liaison_official: null,
            liaison_phone: null,
            lead_unit_contact: null,
            report_cycle_months: 1,
            demonstration: false,
            demo: false,
            created_at: now,
            updated_at: now,
          });
          await repo.addEvent(trx, {
            projectId: id,
            at: now,
            userId: ctx.actor.userId || null,
            username: ctx.actor.username,
            kind: 'created',
            summary: `由清单导入，列入${PROJECT_CLASS_LABELS[r.class]}`,
          });
          ids.push(id);
        }
        await deps.audit.record(trx, {
          actor: ctx.actor,
          ip: ctx.ip,
          action: 'create',
          entityType: 'projectImport',
          entityId: null,
          after: { count: ids.length, ids },
        });
      });
    },
  });
}
