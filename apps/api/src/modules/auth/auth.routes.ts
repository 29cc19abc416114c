import { ChangePasswordInput, LoginInput, Me, Ok } from '@chainboard/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../context.js';
import { AppError } from '../../lib/errors.js';
import { contextOf, SESSION_COOKIE } from '../../plugins/auth.js';
import { authService } from './auth.service.js';

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

function currentSession(request: FastifyRequest) {
  if (!request.session) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.session;
}

export const authRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/auth/login',
    {
      // a whole office may share one address; the per-account lockout is what stops password guessing
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: '登录', body: LoginInput, response: { 200: Me } },
    },
    async (request, reply) => {
      const { token, me } = await authService.login(deps, request.body, request.ip);
      setSessionCookie(request, reply, token);
      return me;
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'passwordChange' }, schema: { tags: ['auth'], summary: '退出登录', response: { 200: Ok } } },
    async (request, reply) => {
      await authService.logout(deps, contextOf(request), currentSession(request).id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: 'passwordChange' }, schema: { tags: ['auth'], summary: '当前用户', response: { 200: Me } } },
    async (request) => currentSession(request).me,
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'passwordChange', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: '修改密码', body: ChangePasswordInput, response: { 200: Me } },
    },
    async (request) => authService.changePassword(deps, contextOf(request), currentSession(request), request.body),
  );
};
