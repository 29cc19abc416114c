import {
  AttachmentUploadQuery,
  GrantInput,
  HistoryEntry,
  IdParams,
  PolicyDetail,
  PolicyEvaluation,
  PolicyInput,
  PolicyPage,
  PolicyQuery,
  PolicyUpdate,
  StoredDocument,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { documentsService, uploadedFile } from '../documents/documents.service.js';
import { policiesService as service } from './policies.service.js';
import { evaluationSheets, policiesSheets } from './policies-excel.js';

export const policiesRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['policies'];
  app.get('/api/policies', { schema: { tags, summary: '精准性政策', querystring: PolicyQuery, response: { 200: PolicyPage } } }, (req) =>
    service.list(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/policies/export',
    { schema: { tags, summary: '导出政策及政策支持（按筛选条件）', querystring: PolicyQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => sendWorkbook(reply, '精准性政策.xlsx', policiesSheets(await service.exportAll(deps, contextOf(req), req.query))),
  );
  app.get('/api/policies/:id', { schema: { tags, summary: '政策详情', params: IdParams, response: { 200: PolicyDetail } } }, (req) =>
    service.get(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/policies/:id/history',
    { schema: { tags, summary: '政策变更记录', params: IdParams, response: { 200: z.array(HistoryEntry) } } },
    (req) => service.history(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/policies/:id/evaluation',
    { schema: { tags, summary: '政策效果评估', params: IdParams, response: { 200: PolicyEvaluation } } },
    (req) => service.evaluation(deps, contextOf(req), req.params.id),
  );
  app.get('/api/policies/:id/evaluation/export', { schema: { tags, summary: '导出政策效果评估', params: IdParams } }, async (req, reply) =>
    sendWorkbook(reply, '政策效果评估.xlsx', evaluationSheets(await service.evaluation(deps, contextOf(req), req.params.id))),
  );
  app.post(
    '/api/policies',
    { schema: { tags, summary: '登记政策', body: PolicyInput, response: { 201: PolicyDetail } } },
    async (req, reply) => reply.status(201).send(await service.create(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/policies/:id',
    { schema: { tags, summary: '修改政策', params: IdParams, body: PolicyUpdate, response: { 200: PolicyDetail } } },
    (req) => service.update(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/policies/:id/grants',
    { schema: { tags, summary: '登记政策支持', params: IdParams, body: GrantInput, response: { 201: PolicyDetail } } },
    async (req, reply) => reply.status(201).send(await service.addGrant(deps, contextOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/policies/:id/documents',
    { schema: { tags, summary: '政策文件', params: IdParams, response: { 200: z.array(StoredDocument) } } },
    (req) => documentsService.list(deps, contextOf(req), 'policy', req.params.id),
  );
  app.post(
    '/api/policies/:id/documents',
    {
      schema: {
        tags,
        summary: '上传政策文件（请求体即文件）',
        params: IdParams,
        querystring: AttachmentUploadQuery,
        response: { 200: z.array(StoredDocument) },
      },
    },
    (req) => documentsService.upload(deps, contextOf(req), { type: 'policy', id: req.params.id }, { ...req.query, ...uploadedFile(req) }),
  );
};
