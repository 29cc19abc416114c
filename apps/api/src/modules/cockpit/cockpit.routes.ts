import {
  ChainRanking,
  Cockpit,
  CockpitSnapshot,
  CockpitView,
  DRILL_ENTITY_LABELS,
  DrillPage,
  DrillParams,
  DrillQuery,
  type DrillRow,
  IdParams,
  SnapshotDiff,
  SnapshotInput,
  SnapshotSummary,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { cockpitService as service } from './cockpit.service.js';

const yuanToWan = (v: number | null) => (v === null ? null : Math.round(v / 100) / 100);

function drillSheet(page: DrillPage) {
  const sum = page.measure === 'sum';
  return [
    {
      name: page.label.slice(0, 31),
      columns: [
        { header: '序号', width: 8 },
        { header: DRILL_ENTITY_LABELS[page.entity], width: 36 },
        { header: page.entity === 'chain' ? '链长' : page.entity === 'milestone' ? '所属任务' : '产业链', width: 24 },
        { header: '地点', width: 24 },
        { header: '状态' },
        { header: page.entity === 'enterprise' ? '最近确认日期' : '日期' },
        ...(sum ? [{ header: '金额（万元）', width: 16 }] : []),
        { header: page.entity === 'enterprise' ? '信息维护单位' : '责任单位/人', width: 24 },
        ...(page.entity === 'enterprise' ? [{ header: '是否过期未确认' }] : []),
      ],
      rows: page.items.map((r: DrillRow, i) => [
        i + 1,
        r.name,
        r.chain ?? '',
        r.place ?? '',
        r.state ?? '',
        r.date ?? '',
        ...(sum ? [yuanToWan(r.value)] : []),
        r.owner ?? '',
        ...(page.entity === 'enterprise' ? [r.stale ? '是' : '否'] : []),
      ]),
    },
  ];
}

export const cockpitRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['cockpit'];
  app.get(
    '/api/cockpit',
    { schema: { tags, summary: '驾驶舱：全省、一条产业链或一个市的实时指标', querystring: CockpitView, response: { 200: Cockpit } } },
    (req) => service.cockpit(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/cockpit/chains',
    {
      schema: {
        tags,
        summary: '产业链排名',
        querystring: CockpitView.pick({ year: true, asOf: true }),
        response: { 200: ChainRanking },
      },
    },
    (req) => service.ranking(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/cockpit/drill',
    { schema: { tags, summary: '指标明细：计算该指标所用的记录', querystring: DrillQuery, response: { 200: DrillPage } } },
    (req) => service.drill(deps, contextOf(req), req.query),
  );
  app.get('/api/cockpit/drill/export', { schema: { tags, summary: '导出指标明细', querystring: DrillParams } }, async (req, reply) => {
    const page = await service.drill(deps, contextOf(req), req.query, true);
    return sendWorkbook(reply, `${page.label}明细.xlsx`, drillSheet(page));
  });
  app.get('/api/cockpit/snapshots', { schema: { tags, summary: '驾驶舱快照', response: { 200: z.array(SnapshotSummary) } } }, (req) =>
    service.snapshots(deps, contextOf(req)),
  );
  app.post(
    '/api/cockpit/snapshots',
    { schema: { tags, summary: '生成驾驶舱快照', body: SnapshotInput, response: { 201: CockpitSnapshot } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await service.take(deps, contextOf(req), req.body.period, req.session?.me.displayName ?? req.session?.me.username ?? '')),
  );
  app.get(
    '/api/cockpit/snapshots/:id',
    { schema: { tags, summary: '快照详情', params: IdParams, response: { 200: CockpitSnapshot } } },
    (req) => service.snapshot(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/cockpit/snapshots/:id/diff',
    { schema: { tags, summary: '快照与当前的差异', params: IdParams, response: { 200: SnapshotDiff } } },
    (req) => service.diff(deps, contextOf(req), req.params.id),
  );
};
