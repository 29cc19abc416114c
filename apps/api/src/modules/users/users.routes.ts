import { IdParams, ResetPasswordInput, RolesInput, User, UserInput, UserPage, UserPatch, UserQuery } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../context.js';
import { contextOf } from '../../plugins/auth.js';
import { usersService as service } from './users.service.js';

export const usersRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['users'];
  app.get('/api/users', { schema: { tags, summary: '用户列表', querystring: UserQuery, response: { 200: UserPage } } }, (req) =>
    service.list(deps, contextOf(req), req.query),
  );
  app.post('/api/users', { schema: { tags, summary: '新增用户', body: UserInput, response: { 201: User } } }, async (req, reply) =>
    reply.status(201).send(await service.create(deps, contextOf(req), req.body)),
  );
  app.patch(
    '/api/users/:id',
    { schema: { tags, summary: '修改、停用或启用用户', params: IdParams, body: UserPatch, response: { 200: User } } },
    (req) => service.update(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/users/:id/password',
    { schema: { tags, summary: '重置密码（下次登录须修改）', params: IdParams, body: ResetPasswordInput, response: { 200: User } } },
    (req) => service.resetPassword(deps, contextOf(req), req.params.id, req.body.password),
  );
  app.post('/api/users/:id/unlock', { schema: { tags, summary: '解锁账户', params: IdParams, response: { 200: User } } }, (req) =>
    service.unlock(deps, contextOf(req), req.params.id),
  );
  app.put(
    '/api/users/:id/roles',
    { schema: { tags, summary: '授权', params: IdParams, body: RolesInput, response: { 200: User } } },
    (req) => service.setRoles(deps, contextOf(req), req.params.id, req.body),
  );
};
