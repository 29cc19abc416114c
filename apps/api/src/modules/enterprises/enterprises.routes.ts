import {
  Enterprise,
  EnterpriseInput,
  EnterprisePage,
  EnterprisePatch,
  EnterpriseQuery,
  Figure,
  FigureInput,
  HistoryEntry,
  HonourInput,
  HonourRecord,
  HonourRevokeInput,
  IdParams,
  TierChangeInput,
  TierHolder,
  TierHoldersQuery,
  TierSpan,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { contextOf } from '../../plugins/auth.js';
import { enterprisesService as service } from './enterprises.service.js';
import { recordsService as records } from './records.service.js';

const HonourParams = IdParams.extend({ honourId: z.coerce.number().int().positive() });

export const enterprisesRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['enterprises'];
  app.get(
    '/api/enterprises',
    { schema: { tags, summary: '企业列表', querystring: EnterpriseQuery, response: { 200: EnterprisePage } } },
    (req) => service.list(deps, contextOf(req), req.query),
  );
  app.get('/api/enterprises/:id', { schema: { tags, summary: '企业详情', params: IdParams, response: { 200: Enterprise } } }, (req) =>
    service.get(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/enterprises',
    { schema: { tags, summary: '登记企业', body: EnterpriseInput, response: { 201: Enterprise } } },
    async (req, reply) => reply.status(201).send(await service.create(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/enterprises/:id',
    { schema: { tags, summary: '修改企业信息', params: IdParams, body: EnterprisePatch, response: { 200: Enterprise } } },
    (req) => service.update(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/enterprises/:id/confirm',
    { schema: { tags, summary: '确认企业信息仍然准确', params: IdParams, response: { 200: Enterprise } } },
    (req) => service.confirm(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/enterprises/:id/tiers',
    { schema: { tags, summary: '层级历史', params: IdParams, response: { 200: z.array(TierSpan) } } },
    (req) => service.tierHistory(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/enterprises/:id/tiers',
    { schema: { tags, summary: '更正层级（省链长办）', params: IdParams, body: TierChangeInput, response: { 200: z.array(TierSpan) } } },
    (req) => service.setTier(deps, contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/enterprises/:id/history',
    { schema: { tags, summary: '变更记录', params: IdParams, response: { 200: z.array(HistoryEntry) } } },
    (req) => service.history(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/tier-holders',
    { schema: { tags, summary: '某日某链的链主/链核/链上企业', querystring: TierHoldersQuery, response: { 200: z.array(TierHolder) } } },
    (req) => service.holders(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/enterprises/:id/honours',
    { schema: { tags, summary: '荣誉', params: IdParams, response: { 200: z.array(HonourRecord) } } },
    (req) => records.honours(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/enterprises/:id/honours',
    { schema: { tags, summary: '新增荣誉', params: IdParams, body: HonourInput, response: { 200: z.array(HonourRecord) } } },
    (req) => records.addHonour(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/enterprises/:id/honours/:honourId/revoke',
    { schema: { tags, summary: '撤销荣誉', params: HonourParams, body: HonourRevokeInput, response: { 200: z.array(HonourRecord) } } },
    (req) => records.revokeHonour(deps, contextOf(req), req.params.id, req.params.honourId, req.body),
  );
  app.get(
    '/api/enterprises/:id/figures',
    { schema: { tags, summary: '经营数据', params: IdParams, response: { 200: z.array(Figure) } } },
    (req) => records.figures(deps, contextOf(req), req.params.id),
  );
  app.put(
    '/api/enterprises/:id/figures',
    { schema: { tags, summary: '填报经营数据', params: IdParams, body: FigureInput, response: { 200: z.array(Figure) } } },
    (req) => records.reportFigures(deps, contextOf(req), req.params.id, req.body),
  );
};
