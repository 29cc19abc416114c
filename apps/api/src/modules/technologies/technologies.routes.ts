import {
  BreakthroughSummary,
  BreakthroughSummaryInput,
  BreakthroughSummaryOverview,
  BreakthroughSummaryQuery,
  Consortium,
  ConsortiumInput,
  ConsortiumPage,
  ConsortiumPatch,
  ConsortiumQuery,
  HistoryEntry,
  IdParams,
  Platform,
  PlatformInput,
  PlatformPage,
  PlatformPatch,
  PlatformQuery,
  Technology,
  TechnologyInput,
  TechnologyPage,
  TechnologyPatch,
  TechnologyQuery,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { technologiesService as service } from './technologies.service.js';
import { platformsSheet, technologiesSheet } from './technologies-excel.js';

export const technologiesRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['technologies'];
  app.get(
    '/api/technologies',
    { schema: { tags, summary: '关键技术清单', querystring: TechnologyQuery, response: { 200: TechnologyPage } } },
    (req) => service.list(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/technologies/export',
    { schema: { tags, summary: '导出关键技术清单（按筛选条件）', querystring: TechnologyQuery } },
    async (req, reply) => sendWorkbook(reply, '关键技术清单.xlsx', technologiesSheet(await service.all(deps, contextOf(req), req.query))),
  );
  app.get('/api/technologies/:id', { schema: { tags, summary: '关键技术详情', params: IdParams, response: { 200: Technology } } }, (req) =>
    service.get(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/technologies/:id/history',
    { schema: { tags, summary: '关键技术变更记录', params: IdParams, response: { 200: z.array(HistoryEntry) } } },
    (req) => service.history(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/technologies',
    { schema: { tags, summary: '新增关键技术', body: TechnologyInput, response: { 201: Technology } } },
    async (req, reply) => reply.status(201).send(await service.create(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/technologies/:id',
    { schema: { tags, summary: '修改关键技术或攻关状态', params: IdParams, body: TechnologyPatch, response: { 200: Technology } } },
    (req) => service.update(deps, contextOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/consortia',
    { schema: { tags, summary: '创新联合体', querystring: ConsortiumQuery, response: { 200: ConsortiumPage } } },
    (req) => service.consortia(deps, contextOf(req), req.query),
  );
  app.get('/api/consortia/:id', { schema: { tags, summary: '创新联合体详情', params: IdParams, response: { 200: Consortium } } }, (req) =>
    service.consortium(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/consortia/:id/history',
    { schema: { tags, summary: '创新联合体变更记录', params: IdParams, response: { 200: z.array(HistoryEntry) } } },
    (req) => service.consortiumHistory(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/consortia',
    { schema: { tags, summary: '组建创新联合体', body: ConsortiumInput, response: { 201: Consortium } } },
    async (req, reply) => reply.status(201).send(await service.createConsortium(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/consortia/:id',
    { schema: { tags, summary: '修改创新联合体', params: IdParams, body: ConsortiumPatch, response: { 200: Consortium } } },
    (req) => service.updateConsortium(deps, contextOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/innovation-platforms',
    { schema: { tags, summary: '创新平台', querystring: PlatformQuery, response: { 200: PlatformPage } } },
    (req) => service.platforms(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/innovation-platforms/export',
    { schema: { tags, summary: '导出创新平台（按筛选条件）', querystring: PlatformQuery } },
    async (req, reply) => sendWorkbook(reply, '创新平台.xlsx', platformsSheet(await service.allPlatforms(deps, contextOf(req), req.query))),
  );
  app.post(
    '/api/innovation-platforms',
    { schema: { tags, summary: '登记创新平台', body: PlatformInput, response: { 201: Platform } } },
    async (req, reply) => reply.status(201).send(await service.createPlatform(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/innovation-platforms/:id',
    { schema: { tags, summary: '修改创新平台', params: IdParams, body: PlatformPatch, response: { 200: Platform } } },
    (req) => service.updatePlatform(deps, contextOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/breakthrough-summaries',
    {
      schema: {
        tags,
        summary: '季度关键技术攻关成果总结',
        querystring: BreakthroughSummaryQuery,
        response: { 200: BreakthroughSummaryOverview },
      },
    },
    (req) => service.summaries(deps, contextOf(req), req.query),
  );
  app.post(
    '/api/breakthrough-summaries',
    { schema: { tags, summary: '填写季度攻关成果总结', body: BreakthroughSummaryInput, response: { 200: BreakthroughSummary } } },
    (req) => service.saveSummary(deps, contextOf(req), req.body),
  );
};
