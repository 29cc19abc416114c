import { AuditPage, AuditQuery, AuditVerifyResult } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../context.js';
import { contextOf } from '../../plugins/auth.js';
import { auditService } from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['audit'];
  app.get('/api/audit', { schema: { tags, summary: '审计日志', querystring: AuditQuery, response: { 200: AuditPage } } }, (req) =>
    auditService.list(deps, contextOf(req), req.query),
  );
  app.post('/api/audit/verify', { schema: { tags, summary: '校验审计日志完整性', response: { 200: AuditVerifyResult } } }, (req) =>
    auditService.verify(deps, contextOf(req)),
  );
};
