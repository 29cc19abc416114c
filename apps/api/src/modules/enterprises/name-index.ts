import type { Db } from '../../db/database.js';

/** Names as people write them in sheets, mapped to ids: cities, zones (with their city) and chains. */
export async function nameIndex(db: Db) {
  const orgs = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'type', 'parent_id'])
    .where('type', 'in', ['city', 'zone'])
    .execute();
  const chains = await db.selectFrom('chains').select(['id', 'name']).execute();
  const cities = new Map<string, number>();
  const zones = new Map<string, { id: number; parentId: number | null }>();
  for (const o of orgs) {
    if (o.type === 'city') {
      cities.set(o.name, Number(o.id));
      cities.set(o.name.replace(/市$/, ''), Number(o.id)); // 太原 and 太原市 both mean the city
    } else zones.set(o.name, { id: Number(o.id), parentId: o.parent_id === null ? null : Number(o.parent_id) });
  }
  return { cities, zones, chains: new Map(chains.map((c) => [c.name, Number(c.id)])) };
}
