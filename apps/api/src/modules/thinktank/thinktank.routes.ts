import {
  AttachmentUploadQuery,
  Consultation,
  ConsultationInput,
  ConsultationPage,
  ConsultationQuery,
  Expert,
  ExpertAccount,
  ExpertAccountInput,
  ExpertGroup,
  ExpertGroupMembersInput,
  ExpertGroupPublishInput,
  ExpertInput,
  ExpertPage,
  ExpertQuery,
  ExpertReport,
  ExpertReportInput,
  ExpertReportPage,
  ExpertReportQuery,
  FollowUpInput,
  HistoryEntry,
  IdParams,
  MyExpertWork,
  Pairing,
  PairingInput,
  PairingPage,
  PairingQuery,
  PairingServiceInput,
  StoredDocument,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { documentsService, uploadedFile } from '../documents/documents.service.js';
import { thinktankService as service } from './thinktank.service.js';
import { consultationsSheet, expertsSheet, pairingsSheet } from './thinktank-excel.js';

export const thinktankRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['thinktank'];
  // ---- experts ----
  app.get('/api/experts', { schema: { tags, summary: '专家库', querystring: ExpertQuery, response: { 200: ExpertPage } } }, (req) =>
    service.experts(deps, contextOf(req), req.query),
  );
  app.get('/api/experts/export', { schema: { tags, summary: '导出专家库（按筛选条件）', querystring: ExpertQuery } }, async (req, reply) =>
    sendWorkbook(reply, '专家库.xlsx', expertsSheet(await service.allExperts(deps, contextOf(req), req.query))),
  );
  app.get('/api/experts/:id', { schema: { tags, summary: '专家详情', params: IdParams, response: { 200: Expert } } }, (req) =>
    service.expert(deps, contextOf(req), req.params.id),
  );
  app.post('/api/experts', { schema: { tags, summary: '新增专家', body: ExpertInput, response: { 201: Expert } } }, async (req, reply) =>
    reply.status(201).send(await service.createExpert(deps, contextOf(req), req.body)),
  );
  app.put(
    '/api/experts/:id',
    { schema: { tags, summary: '修改专家信息', params: IdParams, body: ExpertInput, response: { 200: Expert } } },
    (req) => service.updateExpert(deps, contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/experts/:id/history',
    { schema: { tags, summary: '专家变更记录', params: IdParams, response: { 200: z.array(HistoryEntry) } } },
    (req) => service.expertHistory(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/expert-accounts',
    { schema: { tags, summary: '专家登录账号（系统管理员）', response: { 200: z.array(ExpertAccount) } } },
    (req) => service.accounts(deps, contextOf(req)),
  );
  app.put(
    '/api/experts/:id/account',
    {
      schema: {
        tags,
        summary: '关联专家登录账号（系统管理员）',
        params: IdParams,
        body: ExpertAccountInput,
        response: { 200: ExpertAccount },
      },
    },
    (req) => service.linkAccount(deps, contextOf(req), req.params.id, req.body.userId),
  );

  // ---- consultation groups (id: the chain's id) ----
  app.get('/api/expert-groups', { schema: { tags, summary: '各链专家咨询组', response: { 200: z.array(ExpertGroup) } } }, (req) =>
    service.groups(deps, contextOf(req)),
  );
  app.get(
    '/api/expert-groups/:id',
    { schema: { tags, summary: '某链专家咨询组', params: IdParams, response: { 200: ExpertGroup } } },
    (req) => service.group(deps, contextOf(req), req.params.id),
  );
  app.put(
    '/api/expert-groups/:id/members',
    { schema: { tags, summary: '确定咨询组成员', params: IdParams, body: ExpertGroupMembersInput, response: { 200: ExpertGroup } } },
    (req) => service.setMembers(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/expert-groups/:id/publish',
    {
      schema: {
        tags,
        summary: '公布咨询组名单（省链长办）',
        params: IdParams,
        body: ExpertGroupPublishInput,
        response: { 200: ExpertGroup },
      },
    },
    (req) => service.publish(deps, contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/expert-groups/:id/history',
    { schema: { tags, summary: '咨询组变更记录', params: IdParams, response: { 200: z.array(HistoryEntry) } } },
    (req) => service.groupHistory(deps, contextOf(req), req.params.id),
  );

  // ---- consultations ----
  app.get(
    '/api/consultations',
    { schema: { tags, summary: '专家咨询活动', querystring: ConsultationQuery, response: { 200: ConsultationPage } } },
    (req) => service.consultations(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/consultations/export',
    { schema: { tags, summary: '导出咨询活动（按筛选条件）', querystring: ConsultationQuery } },
    async (req, reply) =>
      sendWorkbook(reply, '专家咨询活动.xlsx', consultationsSheet(await service.allConsultations(deps, contextOf(req), req.query))),
  );
  app.get(
    '/api/consultations/:id',
    { schema: { tags, summary: '咨询活动详情', params: IdParams, response: { 200: Consultation } } },
    (req) => service.consultation(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/consultations',
    { schema: { tags, summary: '记录咨询活动', body: ConsultationInput, response: { 201: Consultation } } },
    async (req, reply) => reply.status(201).send(await service.createConsultation(deps, contextOf(req), req.body)),
  );

  // ---- reports ----
  app.get(
    '/api/expert-reports',
    { schema: { tags, summary: '专家报告', querystring: ExpertReportQuery, response: { 200: ExpertReportPage } } },
    (req) => service.reports(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/expert-reports/:id',
    { schema: { tags, summary: '专家报告详情', params: IdParams, response: { 200: ExpertReport } } },
    (req) => service.report(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/expert-reports',
    { schema: { tags, summary: '登记专家报告', body: ExpertReportInput, response: { 201: ExpertReport } } },
    async (req, reply) => reply.status(201).send(await service.createReport(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/expert-reports/:id/follow-up',
    { schema: { tags, summary: '填写落实情况', params: IdParams, body: FollowUpInput, response: { 200: ExpertReport } } },
    (req) => service.setFollowUp(deps, contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/expert-reports/:id/documents',
    { schema: { tags, summary: '专家报告文件', params: IdParams, response: { 200: z.array(StoredDocument) } } },
    (req) => documentsService.list(deps, contextOf(req), 'expertReport', req.params.id),
  );
  app.post(
    '/api/expert-reports/:id/documents',
    {
      schema: {
        tags,
        summary: '上传专家报告文件（请求体即文件）',
        params: IdParams,
        querystring: AttachmentUploadQuery,
        response: { 200: z.array(StoredDocument) },
      },
    },
    (req) =>
      documentsService.upload(deps, contextOf(req), { type: 'expertReport', id: req.params.id }, { ...req.query, ...uploadedFile(req) }),
  );

  // ---- flexible pairings ----
  app.get(
    '/api/expert-pairings',
    { schema: { tags, summary: '柔性结对', querystring: PairingQuery, response: { 200: PairingPage } } },
    (req) => service.pairings(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/expert-pairings/export',
    { schema: { tags, summary: '导出柔性结对（按筛选条件）', querystring: PairingQuery } },
    async (req, reply) => sendWorkbook(reply, '柔性结对.xlsx', pairingsSheet(await service.allPairings(deps, contextOf(req), req.query))),
  );
  app.get('/api/expert-pairings/:id', { schema: { tags, summary: '结对详情', params: IdParams, response: { 200: Pairing } } }, (req) =>
    service.pairing(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/expert-pairings',
    { schema: { tags, summary: '登记柔性结对', body: PairingInput, response: { 201: Pairing } } },
    async (req, reply) => reply.status(201).send(await service.createPairing(deps, contextOf(req), req.body)),
  );
  app.post(
    '/api/expert-pairings/:id/services',
    { schema: { tags, summary: '记录结对服务', params: IdParams, body: PairingServiceInput, response: { 200: Pairing } } },
    (req) => service.addService(deps, contextOf(req), req.params.id, req.body),
  );

  // ---- the expert's own page ----
  app.get('/api/my-expert-work', { schema: { tags, summary: '我的专家工作（专家本人）', response: { 200: MyExpertWork } } }, (req) =>
    service.mine(deps, contextOf(req)),
  );
};
