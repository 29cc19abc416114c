import { IdParams, Organisation, OrganisationInput, OrganisationPage, OrganisationPatch, OrganisationQuery } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../context.js';
import { contextOf } from '../../plugins/auth.js';
import { organisationsService as service } from './organisations.service.js';

export const organisationsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['organisations'];
  app.get(
    '/api/organisations',
    { schema: { tags, summary: '单位列表', querystring: OrganisationQuery, response: { 200: OrganisationPage } } },
    (req) => service.list(deps, contextOf(req), req.query),
  );
  app.get('/api/organisations/:id', { schema: { tags, summary: '单位详情', params: IdParams, response: { 200: Organisation } } }, (req) =>
    service.get(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/organisations',
    { schema: { tags, summary: '新增单位', body: OrganisationInput, response: { 201: Organisation } } },
    async (req, reply) => reply.status(201).send(await service.create(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/organisations/:id',
    { schema: { tags, summary: '修改单位', params: IdParams, body: OrganisationPatch, response: { 200: Organisation } } },
    (req) => service.update(deps, contextOf(req), req.params.id, req.body),
  );
};
