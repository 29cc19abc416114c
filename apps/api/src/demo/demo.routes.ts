import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../context.js';
import { notFound } from '../lib/errors.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins.js';

const DemoLogin = z.object({ username: z.string(), password: z.string(), label: z.string() });

/** Only a platform started as a demo lists its logins, on its login page. */
export const demoRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/demo/logins',
    { config: { access: 'public' }, schema: { tags: ['demo'], summary: '示例账号（仅演示模式）', response: { 200: z.array(DemoLogin) } } },
    async () => {
      if (!deps.config.demo) throw notFound('演示账号');
      return DEMO_LOGINS.map((l) => ({ username: l.username, password: DEMO_PASSWORD, label: l.label }));
    },
  );
};
