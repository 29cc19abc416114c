import type { MatchmakingEvent } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';
import { countRows } from '../../db/paging.js';

function eventQuery(db: Db) {
  return db
    .selectFrom('matchmaking_events as ev')
    .innerJoin('organisations as o', 'o.id', 'ev.organiser_id')
    .selectAll('ev')
    .select('o.name as organiser_name');
}
type EventRow = Awaited<ReturnType<ReturnType<typeof eventQuery>['executeTakeFirstOrThrow']>>;

async function hydrate(db: Db, rows: EventRow[]): Promise<MatchmakingEvent[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => Number(r.id));
  const chains = await db
    .selectFrom('event_chains as ec')
    .innerJoin('chains as c', 'c.id', 'ec.chain_id')
    .select(['ec.event_id', 'c.id', 'c.name'])
    .where('ec.event_id', 'in', ids)
    .execute();
  const people = await db
    .selectFrom('event_participants as ep')
    .innerJoin('enterprises as e', 'e.id', 'ep.enterprise_id')
    .select(['ep.event_id', 'e.id', 'e.name'])
    .where('ep.event_id', 'in', ids)
    .execute();
  const signings = await db.selectFrom('signings').selectAll().where('event_id', 'in', ids).orderBy('id').execute();
  const of = <T extends { event_id: number }>(list: T[], id: number) => list.filter((x) => Number(x.event_id) === id);
  return rows.map((r) => {
    const id = Number(r.id);
    return {
      id,
      title: r.title,
      heldOn: r.held_on,
      place: r.place,
      organiserId: Number(r.organiser_id),
      organiserName: r.organiser_name,
      chains: of(chains, id).map((c) => ({ id: Number(c.id), name: c.name })),
      enterprises: of(people, id).map((e) => ({ id: Number(e.id), name: e.name })),
      signings: of(signings, id).map((s) => ({
        id: Number(s.id),
        buyerEnterpriseId: s.buyer_enterprise_id === null ? null : Number(s.buyer_enterprise_id),
        buyerName: s.buyer_name,
        supplierEnterpriseId: s.supplier_enterprise_id === null ? null : Number(s.supplier_enterprise_id),
        supplierName: s.supplier_name,
        product: s.product,
        amount: Number(s.amount),
      })),
      notes: r.notes,
      demo: Boolean(r.demo),
      createdAt: r.created_at,
    };
  });
}

export const coordinationRepository = {
  async events(db: Db, q: { year?: number; organiserId?: number; chainId?: number; page: number; pageSize: number }) {
    let query = eventQuery(db);
    if (q.year) query = query.where('ev.held_on', 'like', `${q.year}-%`);
    if (q.organiserId) query = query.where('ev.organiser_id', '=', q.organiserId);
    if (q.chainId) {
      const chainId = q.chainId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('event_chains as ec')
            .select('ec.event_id')
            .whereRef('ec.event_id', '=', 'ev.id')
            .where('ec.chain_id', '=', chainId),
        ),
      );
    }
    const total = await countRows(query);
    const rows = await query
      .orderBy('ev.held_on', 'desc')
      .orderBy('ev.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: await hydrate(db, rows), total };
  },

  async event(db: Db, id: number) {
    return (await hydrate(db, await eventQuery(db).where('ev.id', '=', id).execute()))[0] ?? null;
  },

  async insertEvent(
    db: Db,
    e: {
      title: string;
      heldOn: string;
      place: string;
      organiserId: number;
      notes: string | null;
      chainIds: number[];
      enterpriseIds: number[];
      at: string;
    },
  ) {
    const { id } = await db
      .insertInto('matchmaking_events')
      .values({
        title: e.title,
        held_on: e.heldOn,
        place: e.place,
        organiser_id: e.organiserId,
        notes: e.notes,
        demo: false,
        created_at: e.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('event_chains')
      .values([...new Set(e.chainIds)].map((chain_id) => ({ event_id: id, chain_id })))
      .execute();
    if (e.enterpriseIds.length)
      await db
        .insertInto('event_participants')
        .values([...new Set(e.enterpriseIds)].map((enterprise_id) => ({ event_id: id, enterprise_id })))
        .execute();
    return Number(id);
  },

  async insertSigning(
    db: Db,
    eventId: number,
    s: {
      buyerEnterpriseId: number | null;
      buyerName: string;
      supplierEnterpriseId: number | null;
      supplierName: string;
      product: string;
      amount: number;
    },
  ) {
    await db
      .insertInto('signings')
      .values({
        event_id: eventId,
        buyer_enterprise_id: s.buyerEnterpriseId,
        buyer_name: s.buyerName,
        supplier_enterprise_id: s.supplierEnterpriseId,
        supplier_name: s.supplierName,
        product: s.product,
        amount: s.amount,
      })
      .execute();
  },

  async contacts(
    db: Db,
    filter: { leadUnitIds?: number[]; zoneIds?: number[]; all: boolean },
    q: { chainId?: number; zoneId?: number; page: number; pageSize: number },
  ) {
    let query = db
      .selectFrom('forging_contacts as f')
      .innerJoin('organisations as lu', 'lu.id', 'f.lead_unit_id')
      .innerJoin('chains as c', 'c.id', 'f.chain_id')
      .innerJoin('organisations as z', 'z.id', 'f.zone_id')
      .selectAll('f')
      .select(['lu.name as lead_unit_name', 'c.name as chain_name', 'z.name as zone_name']);
    if (!filter.all) {
      query = query.where((eb) =>
        eb.or([
          eb('f.lead_unit_id', 'in', filter.leadUnitIds?.length ? filter.leadUnitIds : [0]),
          eb('f.zone_id', 'in', filter.zoneIds?.length ? filter.zoneIds : [0]),
        ]),
      );
    }
    if (q.chainId) query = query.where('f.chain_id', '=', q.chainId);
    if (q.zoneId) query = query.where('f.zone_id', '=', q.zoneId);
    const total = await countRows(query);
    const rows = await query
      .orderBy('f.contacted_on', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return {
      items: rows.map((r) => ({
        id: Number(r.id),
        leadUnitId: Number(r.lead_unit_id),
        leadUnitName: r.lead_unit_name,
        chainId: Number(r.chain_id),
        chainName: r.chain_name,
        zoneId: Number(r.zone_id),
        zoneName: r.zone_name,
        contactedOn: r.contacted_on,
        subject: r.subject,
        outcome: r.outcome,
      })),
      total,
    };
  },

  async insertContact(
    db: Db,
    c: { leadUnitId: number; chainId: number; zoneId: number; contactedOn: string; subject: string; outcome: string | null; at: string },
  ) {
    const { id } = await db
      .insertInto('forging_contacts')
      .values({
        lead_unit_id: c.leadUnitId,
        chain_id: c.chainId,
        zone_id: c.zoneId,
        contacted_on: c.contactedOn,
        subject: c.subject,
        outcome: c.outcome,
        created_at: c.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(id);
  },
};
