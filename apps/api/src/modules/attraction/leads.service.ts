import {
  KEY_PROJECT_THRESHOLD_YUAN,
  LEAD_STAGE_LABELS,
  LEAD_STAGE_ORDER,
  type Lead,
  type LeadInput,
  type LeadMoveInput,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { checkDateOrder } from '../../lib/date-order.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { checkSegmentOfChain } from '../chainmap/segments.repository.js';
import { checkEnterprisePlace } from '../enterprises/enterprises.service.js';
import { projectsRepository } from '../projects/projects.repository.js';
import { type LeadFilters, leadsRepository as repo } from './leads.repository.js';

async function load(db: Db, ctx: RequestContext, id: number): Promise<Lead> {
  const lead = await repo.find(db, policy.enterprise.scope(ctx.actor), id);
  if (!lead) throw notFound('招商线索');
  return lead;
}

/** A landed lead of at least 1亿元 enters the key-project list, linked back to the lead. */
async function landAsProject(trx: Db, ctx: RequestContext, lead: Lead, on: string, now: string): Promise<number> {
  const id = await projectsRepository.insert(trx, {
    name: `${lead.targetName}${lead.chainName}项目`,
    year: Number(on.slice(0, 4)),
    chain_id: lead.chainId,
    stage: lead.stage,
    segment_id: lead.segmentId,
    city_id: lead.cityId,
    zone_id: lead.zoneId,
    enterprise_id: lead.enterpriseId,
    builder: lead.targetName,
    partners: null,
    content: lead.notes,
    total_investment: lead.expectedInvestment,
    annual_plan_investment: 0,
    completed_investment: 0,
    class: 'reserve',
    build_type: null,
    planned_sign_on: null,
    planned_start_on: null,
    planned_complete_on: null,
    planned_production_on: null,
    actual_sign_on: lead.signedOn,
    actual_start_on: null,
    actual_complete_on: null,
    actual_production_on: null,
    liaison_official: lead.responsiblePerson,
    liaison_phone: null,
    lead_unit_contact: null,
    report_cycle_months: 1,
    demonstration: false,
    demo: false,
    created_at: now,
    updated_at: now,
  });
  await projectsRepository.addEvent(trx, {
    projectId: id,
    at: now,
    userId: ctx.actor.userId || null,
    username: ctx.actor.username,
    kind: 'created',
    summary: `招商线索落地（${on}），列入储备类`,
  });
  return id;
}

export const leadsService = {
  async list(deps: Deps, ctx: RequestContext, q: LeadFilters & { page: number; pageSize: number }) {
    const { items, total } = await repo.page(deps.db, deps.kind, policy.enterprise.scope(ctx.actor), q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  all: (deps: Deps, ctx: RequestContext, q: LeadFilters) => repo.all(deps.db, deps.kind, policy.enterprise.scope(ctx.actor), q),

  get: (deps: Deps, ctx: RequestContext, id: number) => load(deps.db, ctx, id),

  async create(deps: Deps, ctx: RequestContext, input: z.output<typeof LeadInput>): Promise<Lead> {
    if (!policy.attraction.writeLead(ctx.actor, input)) throw forbidden('招商线索由负责的市或开发区登记');
    return inTransaction(deps, async (trx) => {
      await checkEnterprisePlace(trx, { cityId: input.cityId, zoneId: input.zoneId, chains: [{ chainId: input.chainId }] });
      if (input.chainMasterId) {
        const holders = await trx
          .selectFrom('enterprise_tiers')
          .select('id')
          .where('enterprise_id', '=', input.chainMasterId)
          .where('chain_id', '=', input.chainId)
          .where('tier', '=', 'master')
          .where('valid_to', 'is', null)
          .executeTakeFirst();
        if (!holders) throw invalid('所选企业不是该产业链的链主企业', { chainMasterId: '请选择该链的链主企业' });
      }
      const now = deps.clock.nowIso();
      const id = await repo.insert(trx, {
        target_name: input.targetName,
        target_credit_code: input.targetCreditCode,
        in_province: input.inProvince,
        enterprise_id: input.enterpriseId,
        chain_id: input.chainId,
        stage: input.stage,
        segment_id: await checkSegmentOfChain(trx, input.chainId, input.segmentId),
        source: input.source,
        chain_master_id: input.chainMasterId,
        city_id: input.cityId,
        zone_id: input.zoneId,
        responsible_person: input.responsiblePerson,
        expected_investment: input.expectedInvestment,
        pipeline_stage: 'lead',
        signed_on: null,
        landed_on: null,
        project_id: null,
        fills_gap: input.fillsGap,
        notes: input.notes,
        demo: false,
        created_at: now,
        updated_at: now,
      });
      await repo.addEvent(trx, {
        leadId: id,
        at: now,
        on: deps.clock.today(),
        username: ctx.actor.username,
        from: null,
        to: 'lead',
        evidence: null,
      });
      const created = (await repo.find(trx, { all: true }, id)) as Lead;
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'lead', entityId: id, after: created });
      return created;
    });
  },

  /**
   * 线索 → 接触 → 洽谈 → 签约 → 落地, forward only, or 终止 with a reason. Signing and landing need
   * evidence; landing needs the signing date, given now or before.
   */
  async move(deps: Deps, ctx: RequestContext, id: number, m: z.output<typeof LeadMoveInput>): Promise<Lead> {
    return inTransaction(deps, async (trx) => {
      const lead = await load(trx, ctx, id);
      if (!policy.attraction.writeLead(ctx.actor, lead)) throw forbidden('招商线索由负责的市或开发区推进');
      const from = lead.pipelineStage;
      if (from === 'landed' || from === 'dropped') throw invalid(`线索已${LEAD_STAGE_LABELS[from]}，不能再调整`);
      if (m.to === 'dropped') {
        if (!m.reason) throw invalid('终止线索须说明原因', { reason: '请填写终止原因' });
      } else if (LEAD_STAGE_ORDER.indexOf(m.to) <= LEAD_STAGE_ORDER.indexOf(from)) {
        throw invalid(`线索只能向前推进：当前为“${LEAD_STAGE_LABELS[from]}”，不能调整为“${LEAD_STAGE_LABELS[m.to]}”`, {
          to: '不允许的阶段调整',
        });
      }
      if ((m.to === 'signed' || m.to === 'landed') && !m.evidence) {
        throw invalid(`${LEAD_STAGE_LABELS[m.to]}须提供佐证（协议、登记或开工等材料说明）`, { evidence: '请填写佐证' });
      }
      const signedOn = m.to === 'signed' ? m.on : (lead.signedOn ?? m.signedOn);
      if (m.to === 'landed' && !signedOn) {
        throw invalid('从“接触”或“洽谈”直接落地，须填写签约日期', { signedOn: '请填写签约日期' });
      }
      if (signedOn && m.to === 'landed' && signedOn > m.on) throw invalid('签约日期不能晚于落地日期', { signedOn: '签约日期晚于落地日期' });
      // every step's day has happened: none after today, and signed ≤ landed (checked above)
      checkDateOrder(
        [
          { field: 'signedOn', label: '签约日期', on: m.to === 'landed' ? signedOn : null },
          { field: 'on', label: `${LEAD_STAGE_LABELS[m.to]}日期`, on: m.on },
        ],
        deps.clock.today(),
      );
      const now = deps.clock.nowIso();
      const values: Record<string, unknown> = { pipeline_stage: m.to, updated_at: now };
      if (m.to === 'signed' || m.to === 'landed') values.signed_on = signedOn;
      if (m.to === 'landed') {
        values.landed_on = m.on;
        if (lead.expectedInvestment >= KEY_PROJECT_THRESHOLD_YUAN)
          values.project_id = await landAsProject(trx, ctx, { ...lead, signedOn }, m.on, now);
      }
      if (m.to === 'dropped') values.notes = [lead.notes, `终止原因：${m.reason}`].filter(Boolean).join('\n');
      await repo.update(trx, id, values);
      if (m.to === 'landed' && !lead.signedOn && from !== 'signed') {
        await repo.addEvent(trx, {
          leadId: id,
          at: now,
          on: signedOn as string,
          username: ctx.actor.username,
          from,
          to: 'signed',
          evidence: m.evidence,
        });
      }
      await repo.addEvent(trx, {
        leadId: id,
        at: now,
        on: m.on,
        username: ctx.actor.username,
        from: m.to === 'landed' && from !== 'signed' && !lead.signedOn ? 'signed' : from,
        to: m.to,
        evidence: m.evidence ?? m.reason,
      });
      const after = (await repo.find(trx, { all: true }, id)) as Lead;
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'lead',
        entityId: id,
        before: { stage: from },
        after: { stage: m.to, on: m.on, evidence: m.evidence, reason: m.reason },
      });
      return after;
    });
  },

  async events(deps: Deps, ctx: RequestContext, id: number) {
    await load(deps.db, ctx, id);
    return repo.events(deps.db, id);
  },
};
