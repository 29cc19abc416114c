import type { SelectQueryBuilder } from 'kysely';

/** How many rows a filtered query matches, whatever it selects: the total beside a page. */
export async function countRows<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): Promise<number> {
  const row = (await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow()) as { total: number | string };
  return Number(row.total);
}

/** One page of a filtered query, in `order`, made whole by `hydrate`, with the total it pages through. */
export async function pageWithTotal<DB, TB extends keyof DB, O, T>(
  query: SelectQueryBuilder<DB, TB, O>,
  order: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
  p: { page: number; pageSize: number },
  hydrate: (rows: O[]) => Promise<T[]>,
): Promise<{ items: T[]; total: number }> {
  const total = await countRows(query);
  const rows = await order(query)
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize)
    .execute();
  return { items: await hydrate(rows as O[]), total };
}
