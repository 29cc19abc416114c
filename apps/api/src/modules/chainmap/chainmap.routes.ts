import {
  Candidate,
  CandidateInput,
  CandidatePage,
  CandidateQuery,
  CandidateToLeadInput,
  ChainGaps,
  ChainMap,
  ChainSupply,
  EnterpriseSegmentInput,
  GapSettings,
  Id,
  IdParams,
  Lead,
  MapQuery,
  Ok,
  Segment,
  SegmentEvent,
  SegmentInput,
  SegmentQuery,
  SegmentRecords,
  SegmentUpdate,
  SupplyQuery,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { registerSheetRoutes } from '../../excel/sheet-routes.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { candidatesTemplate, importCandidates } from './candidates-excel.js';
import { chainMapService as service } from './chainmap.service.js';
import { loadChain, segmentsService as segments } from './segments.service.js';
import { importSegments, segmentsSheet, segmentsTemplate } from './segments-excel.js';

const ChainParams = z.object({ chainId: Id });

export const chainMapRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['chainmap'];
  app.get(
    '/api/segments',
    { schema: { tags, summary: '产业链环节（树）', querystring: SegmentQuery, response: { 200: z.array(Segment) } } },
    (req) => segments.tree(deps, contextOf(req), req.query.chainId, req.query.includeRetired),
  );
  app.get('/api/segments/export', { schema: { tags, summary: '导出产业链环节', querystring: SegmentQuery } }, async (req, reply) => {
    const ctx = contextOf(req);
    const chain = await loadChain(deps.db, ctx, req.query.chainId);
    const tree = await segments.tree(deps, ctx, chain.id, false);
    return sendWorkbook(reply, `${chain.name}产业链环节.xlsx`, segmentsSheet(chain.name, tree));
  });
  registerSheetRoutes(app, deps, tags, { path: 'segments', label: '产业链环节', template: segmentsTemplate, importer: importSegments });
  app.post('/api/segments', { schema: { tags, summary: '新增环节', body: SegmentInput, response: { 201: Segment } } }, async (req, reply) =>
    reply.status(201).send(await segments.create(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/segments/:id',
    { schema: { tags, summary: '修改或移动环节', params: IdParams, body: SegmentUpdate, response: { 200: Segment } } },
    (req) => segments.update(deps, contextOf(req), req.params.id, req.body),
  );
  app.post('/api/segments/:id/retire', { schema: { tags, summary: '停用环节', params: IdParams, response: { 200: Segment } } }, (req) =>
    segments.retire(deps, contextOf(req), req.params.id),
  );
  app.put(
    '/api/enterprise-segments',
    { schema: { tags, summary: '确定企业所在环节', body: EnterpriseSegmentInput, response: { 200: Ok } } },
    (req) => segments.placeEnterprise(deps, contextOf(req), req.body),
  );
  app.get(
    '/api/segments/:id/history',
    { schema: { tags, summary: '环节调整记录', params: IdParams, response: { 200: z.array(SegmentEvent) } } },
    (req) => segments.history(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/segments/:id/records',
    { schema: { tags, summary: '环节上的企业、项目、关键技术和线索', params: IdParams, response: { 200: SegmentRecords } } },
    (req) => segments.records(deps, contextOf(req), req.params.id),
  );

  app.get('/api/gap-settings', { schema: { tags, summary: '断点堵点判定标准', response: { 200: GapSettings } } }, (req) =>
    service.settings(deps, contextOf(req)),
  );
  app.put(
    '/api/gap-settings',
    { schema: { tags, summary: '设定断点堵点判定标准（省链长办）', body: GapSettings, response: { 200: GapSettings } } },
    (req) => service.setSettings(deps, contextOf(req), req.body),
  );
  app.get(
    '/api/chain-map/:chainId',
    { schema: { tags, summary: '产业链图谱', params: ChainParams, querystring: MapQuery, response: { 200: ChainMap } } },
    (req) => service.map(deps, contextOf(req), req.params.chainId, req.query),
  );
  app.get(
    '/api/chain-map/:chainId/gaps',
    { schema: { tags, summary: '断点堵点分析', params: ChainParams, querystring: MapQuery, response: { 200: ChainGaps } } },
    (req) => service.gaps(deps, contextOf(req), req.params.chainId, req.query),
  );

  app.get(
    '/api/chain-candidates',
    { schema: { tags, summary: '补链招商候选企业', querystring: CandidateQuery, response: { 200: CandidatePage } } },
    (req) => service.candidates(deps, contextOf(req), req.query),
  );
  registerSheetRoutes(app, deps, tags, {
    path: 'chain-candidates',
    label: '补链招商候选',
    template: candidatesTemplate,
    importer: importCandidates,
  });
  app.post(
    '/api/chain-candidates',
    { schema: { tags, summary: '登记补链招商候选企业', body: CandidateInput, response: { 201: Candidate } } },
    async (req, reply) => reply.status(201).send(await service.addCandidate(deps, contextOf(req), req.body)),
  );
  app.post(
    '/api/chain-candidates/:id/lead',
    { schema: { tags, summary: '转为补链招商线索', params: IdParams, body: CandidateToLeadInput, response: { 201: Lead } } },
    async (req, reply) => reply.status(201).send(await service.toLead(deps, contextOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/local-supply',
    { schema: { tags, summary: '链主企业本地配套率', querystring: SupplyQuery, response: { 200: z.array(ChainSupply) } } },
    (req) => service.supply(deps, contextOf(req), req.query.chainId),
  );
};
