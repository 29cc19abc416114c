import {
  AttachmentUploadQuery,
  IdParams,
  MilestoneReportInput,
  Plan,
  PlanImportResult,
  PlanningDocumentInput,
  PlanningDocumentQuery,
  PlanningObligation,
  PlanSummary,
  PlanTargetEdit,
  Quarter,
  QuarterlyReport,
  QuarterlyReportTextInput,
  StoredDocument,
  SubmissionStatus,
  WorkReport,
  WorkReportInput,
  WorkReportPage,
  WorkReportQuery,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { attachment } from '../../lib/download.js';
import { contextOf } from '../../plugins/auth.js';
import { documentsService, uploadedFile } from '../documents/documents.service.js';
import { planVersionsService as planVersions } from './plan-versions.service.js';
import { planningDocumentsService as planningDocuments } from './planning-documents.service.js';
import { plansService as service } from './plans.service.js';
import { quarterlyReport, quarterlyReportDocx, quarterlyReportSheets, saveQuarterlyReportText } from './quarterly-report.js';
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
        querystring: z.object({ asOf: z.iso.date({ error: '统计日期格式应为 2024-06-30' }).optional() }),
        response: { 200: Plan },
      },
    },
    (req) => service.get(deps, contextOf(req), req.params.year, req.query.asOf),
  );
  app.post(
    '/api/plans/import',
    {
      schema: {
        tags,
        summary: '省链长办导入年度计划文件：新年度为第1版，已有年度生成新版本（已报告的节点进展保留）',
        body: z.record(z.string(), z.unknown()),
        response: { 200: PlanImportResult },
      },
    },
    (req) => planVersions.importFromPlatform(deps, contextOf(req), req.body),
  );
  app.patch(
    '/api/plans/:year/targets/:key',
    {
      schema: {
        tags,
        summary: '省链长办修改目标值：生成计划的新版本',
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100), key: z.string().min(1).max(64) }),
        body: PlanTargetEdit,
        response: { 200: Plan },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await planVersions.editTarget(deps, ctx, req.params.year, req.params.key, { value: req.body.value, note: req.body.note ?? null });
      return service.get(deps, ctx, req.params.year);
    },
  );
  app.get(
    '/api/plans/:year/documents',
    {
      schema: {
        tags,
        summary: '规划文件报送情况：谁应报送哪份文件、何时到期、是否逾期',
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        querystring: PlanningDocumentQuery,
        response: { 200: z.array(PlanningObligation) },
      },
    },
    (req) => planningDocuments.list(deps, contextOf(req), req.params.year, req.query),
  );
  app.put(
    '/api/planning-documents',
    { schema: { tags, summary: '报送（或更正）规划文件', body: PlanningDocumentInput, response: { 200: PlanningObligation } } },
    (req) => planningDocuments.submit(deps, contextOf(req), req.body),
  );
  app.get(
    '/api/planning-documents/:id/files',
    { schema: { tags, summary: '规划文件的附件', params: IdParams, response: { 200: z.array(StoredDocument) } } },
    (req) => documentsService.list(deps, contextOf(req), 'planningDocument', req.params.id),
  );
  app.post(
    '/api/planning-documents/:id/files',
    {
      schema: {
        tags,
        summary: '上传规划文件（请求体即文件）',
        params: IdParams,
        querystring: AttachmentUploadQuery,
        response: { 200: z.array(StoredDocument) },
      },
    },
    (req) =>
      documentsService.upload(
        deps,
        contextOf(req),
        { type: 'planningDocument', id: req.params.id },
        { ...req.query, ...uploadedFile(req) },
      ),
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
  app.put(
    '/api/quarterly-reports/:period/text',
    {
      schema: {
        tags,
        summary: '省链长办修改并保存季度报告的文字（数字始终按记录计算）',
        params: z.object({ period: Quarter }),
        body: QuarterlyReportTextInput,
        response: { 200: QuarterlyReport },
      },
    },
    (req) => saveQuarterlyReportText(deps, contextOf(req), req.params.period, req.body),
  );
  app.get(
    '/api/quarterly-reports/:period/xlsx',
    { schema: { tags, summary: '季度工作情况报告的表格（Excel）', params: z.object({ period: Quarter }) } },
    async (req, reply) => {
      const report = await quarterlyReport(deps, contextOf(req), req.params.period);
      return sendWorkbook(reply, `${report.title}.xlsx`, quarterlyReportSheets(report));
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
