import type { SelectQueryBuilder } from 'kysely';

/** How many rows a filtered query matches, whatever it selects: the total beside a page. */
export async function countRows<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): Promise<number> {
  const row = (await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow()) as { total: number | string };
  return Number(row.total);
}
