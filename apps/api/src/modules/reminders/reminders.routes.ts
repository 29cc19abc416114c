import { ReminderList } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../context.js';
import { contextOf } from '../../plugins/auth.js';
import { remindersService } from './reminders.service.js';

export const remindersRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/api/reminders', { schema: { tags: ['reminders'], summary: '本单位到期和逾期事项', response: { 200: ReminderList } } }, (req) =>
    remindersService.list(deps, contextOf(req), req.session?.me.organisationName ?? ''),
  );
};
