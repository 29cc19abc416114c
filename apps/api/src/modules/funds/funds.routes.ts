import {
  CooperationInput,
  FundChainQuery,
  FundChainSummary,
  FundDetail,
  FundInput,
  FundPage,
  FundQuery,
  FundUpdate,
  HistoryEntry,
  IdParams,
  Investment,
  InvestmentInput,
  InvestmentLeadInput,
  InvestmentUpdate,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { fundsService as service } from './funds.service.js';
import { fundsSheets } from './funds-excel.js';

export const fundsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['funds'];
  app.get('/api/funds', { schema: { tags, summary: '产业基金', querystring: FundQuery, response: { 200: FundPage } } }, (req) =>
    service.list(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/funds/export',
    {
      schema: {
        tags,
        summary: '导出产业基金及其投资、资本合作（按筛选条件）',
        querystring: FundQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => sendWorkbook(reply, '产业基金.xlsx', fundsSheets(await service.exportAll(deps, contextOf(req), req.query))),
  );
  app.get(
    '/api/funds/by-chain',
    { schema: { tags, summary: '各产业链基金投资情况', querystring: FundChainQuery, response: { 200: z.array(FundChainSummary) } } },
    (req) => service.byChain(deps, contextOf(req), req.query.year),
  );
  app.get('/api/funds/:id', { schema: { tags, summary: '基金详情', params: IdParams, response: { 200: FundDetail } } }, (req) =>
    service.get(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/funds/:id/history',
    { schema: { tags, summary: '基金变更记录', params: IdParams, response: { 200: z.array(HistoryEntry) } } },
    (req) => service.history(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/funds',
    { schema: { tags, summary: '登记产业基金', body: FundInput, response: { 201: FundDetail } } },
    async (req, reply) => reply.status(201).send(await service.create(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/funds/:id',
    { schema: { tags, summary: '修改产业基金', params: IdParams, body: FundUpdate, response: { 200: FundDetail } } },
    (req) => service.update(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/funds/:id/cooperations',
    { schema: { tags, summary: '记录与链主企业的资本合作', params: IdParams, body: CooperationInput, response: { 201: FundDetail } } },
    async (req, reply) => reply.status(201).send(await service.addCooperation(deps, contextOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/funds/:id/investments',
    { schema: { tags, summary: '登记基金投资', params: IdParams, body: InvestmentInput, response: { 201: FundDetail } } },
    async (req, reply) => reply.status(201).send(await service.addInvestment(deps, contextOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/fund-investments/:id',
    {
      schema: {
        tags,
        summary: '更新基金投资（阶段、金额、日期）',
        params: IdParams,
        body: InvestmentUpdate,
        response: { 200: Investment },
      },
    },
    (req) => service.updateInvestment(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/fund-investments/:id/lead',
    { schema: { tags, summary: '由基金投资生成招商线索', params: IdParams, body: InvestmentLeadInput, response: { 201: Investment } } },
    async (req, reply) => reply.status(201).send(await service.createLead(deps, contextOf(req), req.params.id, req.body)),
  );
};
