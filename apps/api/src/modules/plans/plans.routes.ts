import {
  IdParams,
  MilestoneReportInput,
  Plan,
  PlanSummary,
  Quarter,
  QuarterlyReport,
  SubmissionStatus,
  WorkReport,
  WorkReportInput,
  WorkReportPage,
  WorkReportQuery,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { attachment } from '../../lib/download.js';
import { contextOf } from '../../plugins/auth.js';
import { plansService as service } from './plans.service.js';
import { quarterlyReport, quarterlyReportDocx } from './quarterly-report.js';
import { workReportsService as workReports } from './work-reports.service.js';

export const plansRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['plans'];
  app.get('/api/plans', { schema: { tags, summary: '已导入的年度行动计划', response: { 200: z.array(PlanSummary) } } }, async (req) => {
    contextOf(req);
    return service.list(deps);
  });
  app.get(
    '/api/plans/:year',
    {
      schema: {
        tags,
        summary: '年度计划：目标（实时计算）、任务和节点',
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: Plan },
      },
    },
    (req) => service.get(deps, contextOf(req), req.params.year),
  );
  app.post(
    '/api/milestones/:id/report',
    { schema: { tags, summary: '责任单位报告节点完成', params: IdParams, body: MilestoneReportInput, response: { 200: Plan } } },
    (req) => {
      const ctx = contextOf(req);
      return service.reportMilestone(deps, ctx, req.params.id, req.body.evidence as string, req.session?.me.organisationName ?? '');
    },
  );
  app.get(
    '/api/quarterly-reports/:period',
    { schema: { tags, summary: '季度工作情况报告（数据）', params: z.object({ period: Quarter }), response: { 200: QuarterlyReport } } },
    (req) => quarterlyReport(deps, contextOf(req), req.params.period),
  );
  app.get(
    '/api/quarterly-reports/:period/docx',
    { schema: { tags, summary: '季度工作情况报告（Word）', params: z.object({ period: Quarter }) } },
    async (req, reply) => {
      const report = await quarterlyReport(deps, contextOf(req), req.params.period);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(`${report.title}.docx`))
        .send(await quarterlyReportDocx(report));
    },
  );
  app.get(
    '/api/work-reports',
    { schema: { tags, summary: '工作信息和季度工作总结', querystring: WorkReportQuery, response: { 200: WorkReportPage } } },
    (req) => workReports.list(deps, contextOf(req), req.query),
  );
  app.post(
    '/api/work-reports',
    { schema: { tags, summary: '报送工作信息或季度工作总结', body: WorkReportInput, response: { 201: WorkReport } } },
    async (req, reply) => reply.status(201).send(await workReports.submit(deps, contextOf(req), req.body)),
  );
  app.get(
    '/api/work-reports/status',
    { schema: { tags, summary: '季度工作总结报送情况', querystring: z.object({ period: Quarter }), response: { 200: SubmissionStatus } } },
    (req) => workReports.status(deps, contextOf(req), req.query.period),
  );
  app.post(
    '/api/milestones/:id/confirm',
    { schema: { tags, summary: '省链长办确认节点完成', params: IdParams, response: { 200: Plan } } },
    (req) => service.confirmMilestone(deps, contextOf(req), req.params.id),
  );
};
