import {
  ForgingContactInput,
  ForgingContactPage,
  ForgingContactQuery,
  IdParams,
  MatchmakingEvent,
  MatchmakingEventInput,
  MatchmakingEventPage,
  MatchmakingEventQuery,
  SigningInput,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { coordinationService as service } from './coordination.service.js';
import { contactsSheet, eventsSheets } from './coordination-excel.js';

export const coordinationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['coordination'];
  app.get(
    '/api/matchmaking-events',
    { schema: { tags, summary: '协作配套活动', querystring: MatchmakingEventQuery, response: { 200: MatchmakingEventPage } } },
    (req) => service.events(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/matchmaking-events/export',
    {
      schema: {
        tags,
        summary: '导出协作配套活动及配套签约（按筛选条件）',
        querystring: MatchmakingEventQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) =>
      sendWorkbook(reply, '协作配套活动.xlsx', eventsSheets(await service.exportEvents(deps, contextOf(req), req.query))),
  );
  app.get(
    '/api/matchmaking-events/:id',
    { schema: { tags, summary: '活动详情', params: IdParams, response: { 200: MatchmakingEvent } } },
    (req) => service.event(deps, contextOf(req), req.params.id),
  );
  app.post(
    '/api/matchmaking-events',
    { schema: { tags, summary: '记录协作配套活动', body: MatchmakingEventInput, response: { 201: MatchmakingEvent } } },
    async (req, reply) => reply.status(201).send(await service.createEvent(deps, contextOf(req), req.body)),
  );
  app.post(
    '/api/matchmaking-events/:id/signings',
    { schema: { tags, summary: '记录配套签约', params: IdParams, body: SigningInput, response: { 200: MatchmakingEvent } } },
    (req) => service.addSigning(deps, contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/forging-contacts',
    { schema: { tags, summary: '链长牵头单位与园区工作对接', querystring: ForgingContactQuery, response: { 200: ForgingContactPage } } },
    (req) => service.contacts(deps, contextOf(req), req.query),
  );
  app.get(
    '/api/forging-contacts/export',
    {
      schema: {
        tags,
        summary: '导出链长牵头单位与园区工作对接（按筛选条件）',
        querystring: ForgingContactQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) =>
      sendWorkbook(reply, '园区锻造工作对接.xlsx', contactsSheet(await service.exportContacts(deps, contextOf(req), req.query))),
  );
  app.post(
    '/api/forging-contacts',
    { schema: { tags, summary: '记录工作对接', body: ForgingContactInput, response: { 201: z.object({ id: z.number().int() }) } } },
    async (req, reply) => reply.status(201).send(await service.recordContact(deps, contextOf(req), req.body)),
  );
};
