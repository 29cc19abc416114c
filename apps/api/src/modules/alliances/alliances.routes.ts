import {
  Alliance,
  AllianceActivity,
  AllianceActivityInput,
  AllianceInput,
  AllianceMemberInput,
  AlliancePage,
  AlliancePatch,
  AllianceQuery,
  DocumentUploadQuery,
  IdParams,
  StoredDocument,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { contextOf } from '../../plugins/auth.js';
import { documentsService, uploadedFile } from '../documents/documents.service.js';
import { alliancesService as service } from './alliances.service.js';

const MemberParams = IdParams.extend({ enterpriseId: z.coerce.number().int().positive() });

export const alliancesRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['alliances'];

  app.get(
    '/api/alliances',
    { schema: { tags, summary: '协作联合体列表', querystring: AllianceQuery, response: { 200: AlliancePage } } },
    (req) => service.list(deps, contextOf(req), req.query),
  );
  app.get('/api/alliances/:id', { schema: { tags, summary: '协作联合体', params: IdParams, response: { 200: Alliance } } }, (req) =>
    service.get(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/alliances',
    { schema: { tags, summary: '组建协作联合体', body: AllianceInput, response: { 201: Alliance } } },
    async (req, reply) => reply.status(201).send(await service.create(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/alliances/:id',
    { schema: { tags, summary: '修改协作联合体', params: IdParams, body: AlliancePatch, response: { 200: Alliance } } },
    (req) => service.update(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/alliances/:id/members',
    { schema: { tags, summary: '加入成员', params: IdParams, body: AllianceMemberInput, response: { 200: Alliance } } },
    (req) => service.addMember(deps, contextOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/alliances/:id/members/:enterpriseId',
    { schema: { tags, summary: '移除成员', params: MemberParams, response: { 200: Alliance } } },
    (req) => service.removeMember(deps, contextOf(req), req.params.id, req.params.enterpriseId),
  );
  app.get(
    '/api/alliances/:id/activities',
    { schema: { tags, summary: '合作活动', params: IdParams, response: { 200: z.array(AllianceActivity) } } },
    (req) => service.activities(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/alliances/:id/activities',
    {
      schema: {
        tags,
        summary: '记录合作活动',
        params: IdParams,
        body: AllianceActivityInput,
        response: { 200: z.array(AllianceActivity) },
      },
    },
    (req) => service.addActivity(deps, contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/alliances/:id/documents',
    { schema: { tags, summary: '规划、任务书和年度任务表', params: IdParams, response: { 200: z.array(StoredDocument) } } },
    (req) => documentsService.list(deps, contextOf(req), 'alliance', req.params.id),
  );
  app.post(
    '/api/alliances/:id/documents',
    {
      schema: {
        tags,
        summary: '上传文件（请求体即文件）',
        params: IdParams,
        querystring: DocumentUploadQuery,
        response: { 200: z.array(StoredDocument) },
      },
    },
    (req) => documentsService.upload(deps, contextOf(req), { type: 'alliance', id: req.params.id }, { ...req.query, ...uploadedFile(req) }),
  );
};
