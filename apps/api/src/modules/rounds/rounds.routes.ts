import {
  AdvanceInput,
  DECISION_LABELS,
  DecisionInput,
  Declaration,
  DeclarationInput,
  IdParams,
  PublishedEntry,
  ReportingStatus,
  ReviewInput,
  Round,
  RoundInput,
  RoundPage,
  RoundQuery,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { roundsService as service } from './rounds.service.js';

export const roundsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['rounds'];
  app.get('/api/rounds', { schema: { tags, summary: '评定批次列表', querystring: RoundQuery, response: { 200: RoundPage } } }, (req) =>
    service.list(deps, contextOf(req), req.query),
  );
  app.get('/api/rounds/:id', { schema: { tags, summary: '评定批次', params: IdParams, response: { 200: Round } } }, (req) =>
    service.get(deps, contextOf(req), req.params.id),
  );
  app.post('/api/rounds', { schema: { tags, summary: '发起评定', body: RoundInput, response: { 201: Round } } }, async (req, reply) =>
    reply.status(201).send(await service.create(deps, contextOf(req), req.body)),
  );
  app.post(
    '/api/rounds/:id/advance',
    { schema: { tags, summary: '进入下一阶段', params: IdParams, body: AdvanceInput, response: { 200: Round } } },
    (req) => service.advance(deps, contextOf(req), req.params.id, req.body.to),
  );
  app.get(
    '/api/rounds/:id/declarations',
    { schema: { tags, summary: '申报列表', params: IdParams, response: { 200: z.array(Declaration) } } },
    (req) => service.declarations(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/rounds/:id/declarations',
    { schema: { tags, summary: '申报', params: IdParams, body: DeclarationInput, response: { 201: Declaration } } },
    async (req, reply) => reply.status(201).send(await service.declare(deps, contextOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/rounds/:id/declarations/export',
    { schema: { tags, summary: '导出申报与评审结果', params: IdParams } },
    async (req, reply) => {
      const round = await service.get(deps, contextOf(req), req.params.id);
      const rows = await service.declarations(deps, contextOf(req), req.params.id);
      const wan = (yuan: number) => Math.round(yuan / 100) / 100;
      return sendWorkbook(reply, `${round.title}.xlsx`, [
        {
          name: '申报与评审',
          columns: [
            { header: '统一社会信用代码', width: 22 },
            { header: '企业名称', width: 30 },
            { header: '产业链' },
            { header: '营业收入（万元）' },
            { header: '研发投入（万元）' },
            { header: '从业人数' },
            { header: '本地配套率（%）' },
            { header: '评分' },
            { header: '评审意见', width: 30 },
            { header: '认定结论' },
          ],
          rows: rows.map((d) => [
            d.creditCode,
            d.enterpriseName,
            d.chainName,
            wan(d.revenue),
            wan(d.rdSpending),
            d.employees,
            d.localSupplyShare,
            d.score,
            d.reviewComment,
            d.decision ? DECISION_LABELS[d.decision] : '',
          ]),
        },
      ]);
    },
  );
  app.get(
    '/api/rounds/:id/results',
    { schema: { tags, summary: '公布名单', params: IdParams, response: { 200: z.array(PublishedEntry) } } },
    (req) => service.results(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/rounds/:id/reporting',
    { schema: { tags, summary: '季度数据报送情况', params: IdParams, response: { 200: ReportingStatus } } },
    (req) => service.reporting(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/declarations/:id/review',
    { schema: { tags, summary: '评分', params: IdParams, body: ReviewInput, response: { 200: Declaration } } },
    (req) => service.review(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/declarations/:id/decision',
    { schema: { tags, summary: '认定结论', params: IdParams, body: DecisionInput, response: { 200: Declaration } } },
    (req) => service.decide(deps, contextOf(req), req.params.id, req.body),
  );
};
