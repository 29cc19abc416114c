import { Health } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../context.js';
import { VERSION } from '../../version.js';

export const healthRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['health'], summary: '运行状态', response: { 200: Health } } },
    async () => {
      await deps.db.selectFrom('settings').select('key').limit(1).execute(); // the database answers
      return { status: 'ok' as const, database: deps.kind, version: VERSION, demo: deps.config.demo };
    },
  );
};
