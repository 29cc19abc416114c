import {
  AttachmentUploadQuery,
  DecisionProgressInput,
  EscalationSetting,
  IdParams,
  Meeting,
  MeetingDecisionInput,
  MeetingInput,
  MeetingPage,
  MeetingQuery,
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_LEVEL_LABELS,
  PROBLEM_STATE_LABELS,
  Problem,
  ProblemEvent,
  ProblemInput,
  ProblemPage,
  ProblemQuery,
  ProblemStats,
  ProblemStepInput,
  StoredDocument,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { attachment } from '../../lib/download.js';
import { contextOf } from '../../plugins/auth.js';
import { documentsService, uploadedFile } from '../documents/documents.service.js';
import { meetingsService as meetings } from './meetings.service.js';
import { escalationDays, problemsService as service } from './problems.service.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const problemsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['problems'];
  app.get('/api/problems', { schema: { tags, summary: '问题清单', querystring: ProblemQuery, response: { 200: ProblemPage } } }, (req) =>
    service.list(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/problems/stats',
    { schema: { tags, summary: '问题统计', querystring: ProblemQuery, response: { 200: ProblemStats } } },
    (req) => {
      const { page: _p, pageSize: _s, ...filters } = req.query;
      return service.stats(deps, contextOf(req), filters);
    },
  );
  app.get(
    '/api/problems/export',
    { schema: { tags, summary: '导出问题清单（按筛选条件）', querystring: ProblemQuery } },
    async (req, reply) => {
      const { page: _p, pageSize: _s, ...filters } = req.query;
      const rows = await service.all(deps, contextOf(req), filters);
      return sendWorkbook(reply, '问题清单.xlsx', [
        {
          name: '问题清单',
          columns: [
            '序号',
            '问题',
            '类别',
            '产业链',
            '项目',
            '企业',
            '反映单位',
            '责任单位',
            '办理期限',
            '状态',
            '协调层级',
            '是否逾期',
            '答复',
          ].map((header) => ({ header, width: header === '答复' || header === '问题' ? 40 : 14 })),
          rows: rows.map((p, i) => [
            i + 1,
            p.title,
            PROBLEM_CATEGORY_LABELS[p.category],
            p.chainName,
            p.projectName,
            p.enterpriseName,
            p.raisedByOrgName,
            p.responsibleOrgName,
            p.deadline,
            PROBLEM_STATE_LABELS[p.state],
            PROBLEM_LEVEL_LABELS[p.level],
            p.overdue ? '逾期' : '',
            p.answer,
          ]),
        },
      ]);
    },
  );
  app.get('/api/problems/settings', { schema: { tags, summary: '自动提级天数', response: { 200: EscalationSetting } } }, async (req) => {
    contextOf(req);
    return { escalateAfterDays: await escalationDays(deps.db) };
  });
  app.put(
    '/api/problems/settings',
    { schema: { tags, summary: '设定自动提级天数（省链长办）', body: EscalationSetting, response: { 200: EscalationSetting } } },
    (req) => service.setEscalationDays(deps, contextOf(req), req.body.escalateAfterDays),
  );
  app.get('/api/problems/:id', { schema: { tags, summary: '问题详情', params: IdParams, response: { 200: Problem } } }, (req) =>
    service.get(deps, contextOf(req), req.params.id),
  );
  app.get(
    '/api/problems/:id/timeline',
    { schema: { tags, summary: '问题办理过程', params: IdParams, response: { 200: z.array(ProblemEvent) } } },
    (req) => service.timeline(deps, contextOf(req), req.params.id),
  );
  app.post('/api/problems', { schema: { tags, summary: '反映问题', body: ProblemInput, response: { 201: Problem } } }, async (req, reply) =>
    reply.status(201).send(await service.raise(deps, contextOf(req), req.body)),
  );
  app.post(
    '/api/problems/:id/steps',
    {
      schema: {
        tags,
        summary: '受理、退回、报告进展、答复、评价或提级',
        params: IdParams,
        body: ProblemStepInput,
        response: { 200: Problem },
      },
    },
    (req) => service.step(deps, contextOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/problems/:id/documents',
    { schema: { tags, summary: '问题附件', params: IdParams, response: { 200: z.array(StoredDocument) } } },
    (req) => documentsService.list(deps, contextOf(req), 'problem', req.params.id),
  );
  app.post(
    '/api/problems/:id/documents',
    {
      schema: {
        tags,
        summary: '上传问题附件（请求体即文件）',
        params: IdParams,
        querystring: AttachmentUploadQuery,
        response: { 200: z.array(StoredDocument) },
      },
    },
    (req) => documentsService.upload(deps, contextOf(req), { type: 'problem', id: req.params.id }, { ...req.query, ...uploadedFile(req) }),
  );
  app.get('/api/meetings', { schema: { tags, summary: '链长协调会', querystring: MeetingQuery, response: { 200: MeetingPage } } }, (req) =>
    meetings.list(deps, contextOf(req), req.query),
  );
  app.get('/api/meetings/:id', { schema: { tags, summary: '协调会详情', params: IdParams, response: { 200: Meeting } } }, (req) =>
    meetings.get(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/meetings',
    { schema: { tags, summary: '记录协调会', body: MeetingInput, response: { 201: Meeting } } },
    async (req, reply) => reply.status(201).send(await meetings.create(deps, contextOf(req), req.body)),
  );
  app.post(
    '/api/meetings/:id/decisions',
    { schema: { tags, summary: '记录议定事项', params: IdParams, body: MeetingDecisionInput, response: { 200: Meeting } } },
    (req) => meetings.addDecision(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/meeting-decisions/:id/progress',
    { schema: { tags, summary: '报告议定事项进展', params: IdParams, body: DecisionProgressInput, response: { 200: Meeting } } },
    (req) => meetings.decisionProgress(deps, contextOf(req), req.params.id, req.body),
  );
  app.get('/api/meetings/:id/minutes', { schema: { tags, summary: '下载会议纪要（.docx）', params: IdParams } }, async (req, reply) => {
    const file = await meetings.minutes(deps, contextOf(req), req.params.id);
    return reply.header('content-type', DOCX_TYPE).header('content-disposition', attachment(file.fileName)).send(file.content);
  });
};
