import { Chain, ChainInput, ChainPage, ChainPatch, ChainQuery, HistoryEntry, IdParams } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { contextOf } from '../../plugins/auth.js';
import { chainsService } from './chains.service.js';

export const chainsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['chains'];
  app.get('/api/chains', { schema: { tags, summary: '产业链列表', querystring: ChainQuery, response: { 200: ChainPage } } }, (req) =>
    chainsService.list(deps, contextOf(req), req.query),
  );
  app.get('/api/chains/:id', { schema: { tags, summary: '产业链详情', params: IdParams, response: { 200: Chain } } }, (req) =>
    chainsService.get(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/chains/:id/history',
    { schema: { tags, summary: '变更记录', params: IdParams, response: { 200: z.array(HistoryEntry) } } },
    (req) => chainsService.history(deps, contextOf(req), req.params.id),
  );
  app.post('/api/chains', { schema: { tags, summary: '新增产业链', body: ChainInput, response: { 201: Chain } } }, async (req, reply) =>
    reply.status(201).send(await chainsService.create(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/chains/:id',
    { schema: { tags, summary: '修改或退出产业链', params: IdParams, body: ChainPatch, response: { 200: Chain } } },
    (req) => chainsService.update(deps, contextOf(req), req.params.id, req.body),
  );
};
