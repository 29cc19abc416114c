/**
 * Demo planning documents and targets: most units give the documents the 2024 plan asks for, some
 * late, some not at all; cities set per-chain targets and chain masters their own; lead units keep
 * regular contacts with the zones hosting their chains. Deterministic.
 */
import type { Db } from '../db/database.js';
import { daysAfter } from '../lib/dates.js';
import { planningDocumentsRepository as planning } from '../modules/plans/planning-documents.repository.js';
import { seeded } from './random.js';

export async function addPlanning(trx: Db, now: string, seed: number) {
  const rnd = seeded(seed + 7);
  const requirements = await planning.requirements(trx, 2024);
  const owed = await planning.owed(trx, 2024, requirements);
  const rows = owed
    .filter(() => rnd.chance(0.8))
    .map((o) => {
      // a few days before the due date, or up to two months late
      const given = daysAfter(o.requirement.due_on, rnd.chance(0.8) ? -rnd.int(2, 20) : rnd.int(5, 60));
      const at = `${given}T02:00:00.000Z`;
      return {
        requirement_id: o.requirementId,
        organisation_id: o.organisationId,
        enterprise_id: o.enterpriseId,
        chain_id: o.chainId,
        title: `${o.chainName ?? ''}${o.requirement.title.replace(/^本产业链/, '产业链')}（示例）`,
        issued_on: daysAfter(given, -rnd.int(1, 5)),
        note: null,
        submitted_by: null,
        submitted_at: at,
        updated_at: at,
      };
    });
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto('planning_documents')
      .values(rows.slice(i, i + 200))
      .execute();

  // each city's per-chain targets follow its attraction plans; chain masters agree theirs with their city
  const cityChains = [
    ...new Map(owed.filter((o) => o.requirement.owed_by === 'city').map((o) => [`${o.organisationId}:${o.chainId}`, o])).values(),
  ];
  const masters = [...new Map(owed.filter((o) => o.enterpriseId !== null).map((o) => [`${o.enterpriseId}:${o.chainId}`, o])).values()];
  const masterIds = masters.map((m) => m.enterpriseId as number);
  const cityOf = new Map(
    (masterIds.length ? await trx.selectFrom('enterprises').select(['id', 'city_id']).where('id', 'in', masterIds).execute() : []).map(
      (e) => [Number(e.id), Number(e.city_id)],
    ),
  );
  const targets = [
    ...cityChains.map((o) => ({
      year: 2024,
      organisation_id: o.organisationId as number,
      chain_id: o.chainId,
      enterprise_id: null,
      landed_target: rnd.int(2, 4),
      note: '依据本市招商方案（示例）',
      updated_at: now,
    })),
    ...masters.map((o) => ({
      year: 2024,
      organisation_id: cityOf.get(o.enterpriseId as number) as number,
      chain_id: o.chainId,
      enterprise_id: o.enterpriseId,
      landed_target: rnd.int(1, 3),
      note: '侧重引进关键配套项目（示例）',
      updated_at: now,
    })),
  ];
  for (let i = 0; i < targets.length; i += 200)
    await trx
      .insertInto('attraction_targets')
      .values(targets.slice(i, i + 200))
      .execute();
}

const SUBJECTS = ['产业链招商项目对接', '园区配套条件现场调研', '重点项目要素保障协调', '链主企业配套需求对接'];

/** Each lead unit's working contacts with the zones hosting its chains ("链长牵头单位+园区"), a few a year. */
export async function addForgingContacts(trx: Db, now: string, seed: number) {
  const rnd = seeded(seed + 11);
  const hosts = await trx
    .selectFrom('chain_hosts as h')
    .innerJoin('chains as c', 'c.id', 'h.chain_id')
    .innerJoin('organisations as z', 'z.id', 'h.organisation_id')
    .select(['h.chain_id', 'h.organisation_id', 'c.lead_unit_id'])
    .where('z.type', '=', 'zone')
    .where('c.lead_unit_id', 'is not', null)
    .orderBy('h.chain_id')
    .orderBy('h.organisation_id')
    .execute();
  const rows = hosts.flatMap((h) =>
    Array.from({ length: rnd.int(1, 3) }, (_, i) => ({
      lead_unit_id: Number(h.lead_unit_id),
      chain_id: Number(h.chain_id),
      zone_id: Number(h.organisation_id),
      contacted_on: `2024-${String(3 * i + rnd.int(1, 3)).padStart(2, '0')}-${String(rnd.int(10, 28))}`,
      subject: `${SUBJECTS[(i + Number(h.chain_id)) % SUBJECTS.length]}（示例）`,
      outcome: '形成对接纪要，明确责任分工（示例）',
      created_at: now,
    })),
  );
  if (rows.length) await trx.insertInto('forging_contacts').values(rows).execute();
}
