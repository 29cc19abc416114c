import {
  AttractionTarget,
  AttractionTargetInput,
  HostZoneProposal,
  HostZoneProposalInput,
  IdParams,
  Lead,
  LeadEvent,
  LeadInput,
  LeadMoveInput,
  LeadPage,
  LeadQuery,
  OpinionInput,
  ProposalDecisionInput,
  ProposalPage,
  ProposalQuery,
  PublicHostZones,
  TargetLevel,
  TargetProgress,
} from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { registerSheetRoutes } from '../../excel/sheet-routes.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { hostZonesService as zones } from './host-zones.service.js';
import { leadsService as leads } from './leads.service.js';
import { importLeads, leadsSheet, leadsTemplate } from './leads-excel.js';
import { targetsService as targets } from './targets.service.js';

const Year = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const attractionRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['attraction'];
  app.get(
    '/api/public/host-zones',
    {
      config: { access: 'public' },
      schema: { tags, summary: '公开：各产业链招商引资重点承载示范开发区', response: { 200: PublicHostZones } },
    },
    () => zones.publicList(deps),
  );
  app.get(
    '/api/host-zones',
    { schema: { tags, summary: '承载示范开发区推荐', querystring: ProposalQuery, response: { 200: ProposalPage } } },
    (req) => zones.list(deps, contextOf(req), req.query),
  );
  app.post(
    '/api/host-zones',
    { schema: { tags, summary: '推荐承载示范开发区', body: HostZoneProposalInput, response: { 201: HostZoneProposal } } },
    async (req, reply) => reply.status(201).send(await zones.propose(deps, contextOf(req), req.body)),
  );
  app.post(
    '/api/host-zones/:id/opinions',
    {
      schema: {
        tags,
        summary: '记录市、省商务厅、省投促局意见',
        params: IdParams,
        body: OpinionInput,
        response: { 200: HostZoneProposal },
      },
    },
    (req) => zones.giveOpinion(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/host-zones/:id/decision',
    { schema: { tags, summary: '研究确定', params: IdParams, body: ProposalDecisionInput, response: { 200: HostZoneProposal } } },
    (req) => zones.decide(deps, contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/host-zones/publish',
    { schema: { tags, summary: '向社会公布已确定的名单', response: { 200: z.object({ published: z.number().int() }) } } },
    (req) => zones.publish(deps, contextOf(req)),
  );

  app.get(
    '/api/attraction-targets',
    { schema: { tags, summary: '招商目标', querystring: Year, response: { 200: z.array(AttractionTarget) } } },
    (req) => targets.list(deps, contextOf(req), req.query.year),
  );
  app.put(
    '/api/attraction-targets',
    { schema: { tags, summary: '设定招商目标', body: AttractionTargetInput, response: { 200: z.array(AttractionTarget) } } },
    (req) => targets.set(deps, contextOf(req), req.body),
  );
  app.get(
    '/api/attraction-progress',
    {
      schema: {
        tags,
        summary: '目标进度',
        querystring: Year.extend({ level: TargetLevel.default('city') }),
        response: { 200: z.array(TargetProgress) },
      },
    },
    (req) => targets.progress(deps, contextOf(req), req.query.year, req.query.level),
  );

  app.get('/api/leads', { schema: { tags, summary: '招商线索', querystring: LeadQuery, response: { 200: LeadPage } } }, (req) =>
    leads.list(deps, contextOf(req), req.query),
  );
  app.get('/api/leads/export', { schema: { tags, summary: '导出招商线索（按筛选条件）', querystring: LeadQuery } }, async (req, reply) =>
    sendWorkbook(reply, '招商线索.xlsx', leadsSheet(await leads.all(deps, contextOf(req), req.query))),
  );
  registerSheetRoutes(app, deps, tags, { path: 'leads', label: '招商线索', template: leadsTemplate, importer: importLeads });
  app.get('/api/leads/:id', { schema: { tags, summary: '线索详情', params: IdParams, response: { 200: Lead } } }, (req) =>
    leads.get(deps, contextOf(req), req.params.id),
  );
  app.post('/api/leads', { schema: { tags, summary: '登记线索', body: LeadInput, response: { 201: Lead } } }, async (req, reply) =>
    reply.status(201).send(await leads.create(deps, contextOf(req), req.body)),
  );
  app.post(
    '/api/leads/:id/move',
    { schema: { tags, summary: '推进线索阶段', params: IdParams, body: LeadMoveInput, response: { 200: Lead } } },
    (req) => leads.move(deps, contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/leads/:id/events',
    { schema: { tags, summary: '线索历程', params: IdParams, response: { 200: z.array(LeadEvent) } } },
    (req) => leads.events(deps, contextOf(req), req.params.id),
  );
};
