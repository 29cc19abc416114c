import {
  ClassCount,
  ClassMoveInput,
  DemonstrationInput,
  IdParams,
  ModeDemonstration,
  ModeDemonstrationInput,
  Project,
  ProjectEvent,
  ProjectInput,
  ProjectPage,
  ProjectPatch,
  ProjectQuery,
  ProjectReport,
  ProjectReportInput,
  ReserveEntry,
  ReserveInput,
  ReservePage,
  ReserveQuery,
  ReserveReviewInput,
  Visit,
  VisitInput,
  VisitPage,
  VisitQuery,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { registerSheetRoutes } from '../../excel/sheet-routes.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { projectSupportService as support } from './project-support.service.js';
import { projectsService as service } from './projects.service.js';
import { exportProjects, importProjects, projectsTemplate } from './projects-excel.js';

export const projectsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['projects'];
  app.get(
    '/api/projects',
    { schema: { tags, summary: '重点项目列表', querystring: ProjectQuery, response: { 200: ProjectPage } } },
    (req) => service.list(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/projects/class-counts',
    {
      schema: {
        tags,
        summary: '各产业链项目分类统计',
        querystring: z.object({ year: z.coerce.number().int().optional() }),
        response: { 200: z.array(ClassCount) },
      },
    },
    (req) => service.classCounts(deps, contextOf(req), req.query.year),
  );
  app.get(
    '/api/projects/export',
    { schema: { tags, summary: '导出重点项目清单（按筛选条件）', querystring: ProjectQuery } },
    async (req, reply) => {
      const { page: _p, pageSize: _s, ...filters } = req.query;
      return sendWorkbook(reply, '重点项目清单.xlsx', await exportProjects(deps, contextOf(req), filters));
    },
  );
  registerSheetRoutes(app, deps, tags, { path: 'projects', label: '重点项目清单', template: projectsTemplate, importer: importProjects });
  app.get('/api/projects/:id', { schema: { tags, summary: '项目详情', params: IdParams, response: { 200: Project } } }, (req) =>
    service.get(deps, contextOf(req), req.params.id),
  );
  app.post('/api/projects', { schema: { tags, summary: '新增项目', body: ProjectInput, response: { 201: Project } } }, async (req, reply) =>
    reply.status(201).send(await service.create(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/projects/:id',
    { schema: { tags, summary: '修改项目', params: IdParams, body: ProjectPatch, response: { 200: Project } } },
    (req) => service.update(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/projects/:id/class',
    { schema: { tags, summary: '调整项目类别', params: IdParams, body: ClassMoveInput, response: { 200: Project } } },
    (req) => service.moveClass(deps, contextOf(req), req.params.id, req.body),
  );
  app.put(
    '/api/projects/:id/demonstration',
    { schema: { tags, summary: '确定或取消示范性项目', params: IdParams, body: DemonstrationInput, response: { 200: Project } } },
    (req) => service.setDemonstration(deps, contextOf(req), req.params.id, req.body.demonstration),
  );
  app.post(
    '/api/projects/:id/reports',
    { schema: { tags, summary: '报送项目进展', params: IdParams, body: ProjectReportInput, response: { 200: z.array(ProjectReport) } } },
    (req) => service.report(deps, contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/projects/:id/timeline',
    {
      schema: {
        tags,
        summary: '项目时间线与进展报告',
        params: IdParams,
        response: { 200: z.object({ events: z.array(ProjectEvent), reports: z.array(ProjectReport) }) },
      },
    },
    (req) => service.timeline(deps, contextOf(req), req.params.id),
  );

  app.get(
    '/api/fund-reserve',
    { schema: { tags, summary: '产业链资金申报项目储备库', querystring: ReserveQuery, response: { 200: ReservePage } } },
    (req) => support.reserve(deps, contextOf(req), req.query),
  );
  app.post(
    '/api/fund-reserve',
    { schema: { tags, summary: '推荐纳入储备库', body: ReserveInput, response: { 201: ReserveEntry } } },
    async (req, reply) => reply.status(201).send(await support.recommend(deps, contextOf(req), req.body)),
  );
  app.post(
    '/api/fund-reserve/:id/review',
    { schema: { tags, summary: '审核储备库推荐', params: IdParams, body: ReserveReviewInput, response: { 200: ReserveEntry } } },
    (req) => support.review(deps, contextOf(req), req.params.id, req.body),
  );

  app.get('/api/visits', { schema: { tags, summary: '入企服务记录', querystring: VisitQuery, response: { 200: VisitPage } } }, (req) =>
    support.visits(deps, contextOf(req), req.query),
  );
  app.post('/api/visits', { schema: { tags, summary: '记录入企服务', body: VisitInput, response: { 201: Visit } } }, async (req, reply) =>
    reply.status(201).send(await support.recordVisit(deps, contextOf(req), req.body)),
  );

  app.get(
    '/api/mode-demonstrations',
    {
      schema: {
        tags,
        summary: '模式示范',
        querystring: z.object({ chainId: z.coerce.number().int().positive().optional() }),
        response: { 200: z.array(ModeDemonstration) },
      },
    },
    (req) => support.demonstrations(deps, contextOf(req), req.query.chainId),
  );
  app.post(
    '/api/mode-demonstrations',
    { schema: { tags, summary: '记录模式示范', body: ModeDemonstrationInput, response: { 201: z.array(ModeDemonstration) } } },
    async (req, reply) => reply.status(201).send(await support.recordDemonstration(deps, contextOf(req), req.body)),
  );
};
