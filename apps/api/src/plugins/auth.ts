import { CSRF_HEADER } from '@chainboard/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Deps } from '../context.js';
import { sameText } from '../lib/crypto.js';
import { AppError } from '../lib/errors.js';
import { authService, type Session } from '../modules/auth/auth.service.js';
import type { RequestContext } from '../policy/actor.js';

export const SESSION_COOKIE = 'cb_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
  }
  interface FastifyContextConfig {
    /** 'public': no login; 'passwordChange': allowed while the initial password is still to change. */
    access?: 'public' | 'passwordChange';
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every /api route needs a live session unless it says `config: { access: 'public' }`. Writes must
 * carry the session's CSRF token in a header, which a cross-site form or image cannot send.
 */
export default fp(async function auth(app: FastifyInstance, opts: { deps: Deps }) {
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const access = request.routeOptions.config?.access;
    const token = request.cookies[SESSION_COOKIE];
    if (access === 'public' && !token) return;
    if (!token) {
      if (access === 'public') return;
      throw new AppError('UNAUTHENTICATED', '请先登录');
    }
    try {
      request.session = await authService.resolve(opts.deps, token);
    } catch (err) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      if (access === 'public') return;
      throw err;
    }
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameText(sent, request.session.csrfToken)) {
        throw new AppError('CSRF_FAILED', '请求缺少有效的防伪令牌，请刷新页面后重试');
      }
    }
    if (request.session.me.mustChangePassword && access !== 'passwordChange' && access !== 'public') {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', '首次登录须先修改初始密码');
    }
  });
});

/** The logged-in caller of a route that required a session. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.session) throw new AppError('UNAUTHENTICATED', '请先登录');
  return { actor: request.session.actor, ip: request.ip };
}
