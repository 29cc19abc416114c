import { CHAIN_STATUS_LABELS, Chain, ChainInput, ChainPage, ChainPatch, ChainQuery, HistoryEntry, IdParams } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { chainsService } from './chains.service.js';

export const chainsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['chains'];
  app.get('/api/chains', { schema: { tags, summary: '产业链列表', querystring: ChainQuery, response: { 200: ChainPage } } }, (req) =>
    chainsService.list(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/chains/export',
    { schema: { tags, summary: '导出产业链列表（按筛选条件）', querystring: ChainQuery } },
    async (req, reply) => {
      const { items } = await chainsService.list(deps, contextOf(req), { ...req.query, page: 1, pageSize: 100_000 });
      return sendWorkbook(reply, '产业链.xlsx', [
        {
          name: '产业链',
          columns: [
            { header: '编码' },
            { header: '名称' },
            { header: '批次' },
            { header: '状态' },
            { header: '链长' },
            { header: '链长职务' },
            { header: '牵头单位' },
            { header: '承载市/开发区', width: 40 },
            { header: '备注', width: 40 },
          ],
          rows: items.map((c) => [
            c.code,
            c.name,
            c.batch,
            CHAIN_STATUS_LABELS[c.status],
            c.leaderName,
            c.leaderPost,
            c.leadUnitName,
            c.hosts.map((h) => h.name).join('、'),
            c.notes,
          ]),
        },
      ]);
    },
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
