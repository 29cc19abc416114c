/**
 * The records behind each figure of a snapshot, kept with it: a later diff rebuilds the same day from
 * today's records and names the records that differ (late entries, corrections, back-dated changes).
 */
import type { CockpitFigure, DrillParams } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';
import { type FigureParams, recordsOf } from '../figures/index.js';
import { drillSource } from '../plans/target-metric.js';

/** Figure id → its records as [id, value] pairs (value 0 for counts); null where there were too many to keep. */
export type FigureRows = Record<string, [number, number][] | null>;

/** More rows than this are not kept for one figure: its diff then gives the numbers without the records. */
export const ROWS_KEPT_PER_FIGURE = 20_000;

function paramsOfDrill(d: DrillParams, today: string, asOf: string): FigureParams {
  return {
    year: d.year,
    asOf: d.asOf ?? asOf,
    today,
    chainId: d.chainId,
    cityId: d.cityId,
    unitId: d.unitId,
    period: d.period,
    class: d.class,
  };
}

/** The records of every figure that opens rows, each drill-down read once however many figures share it. */
export async function rowsOfFigures(db: Db, figures: CockpitFigure[], day: { today: string; asOf: string }): Promise<FigureRows> {
  const read = new Map<string, Promise<[number, number][] | null>>();
  const out: FigureRows = {};
  for (const f of figures) {
    if (!f.drill) continue;
    const drill = f.drill;
    const key = JSON.stringify(drill);
    if (!read.has(key)) {
      const params = paramsOfDrill(drill, day.today, day.asOf);
      read.set(
        key,
        drillSource(db, drill)
          .then(({ source }) => recordsOf(db, source, params, { limit: ROWS_KEPT_PER_FIGURE + 1, offset: 0 }))
          .then(({ rows }) => (rows.length > ROWS_KEPT_PER_FIGURE ? null : rows.map((r) => [r.id, r.value] as [number, number]))),
      );
    }
    out[f.id] = await (read.get(key) as Promise<[number, number][] | null>);
  }
  return out;
}

export type RecordChanges = { added: number[]; removed: number[]; changed: number[] };

/** Which records a figure gained, lost, or holds with another value, between two readings of the same day. */
export function recordChanges(before: [number, number][], after: [number, number][]): RecordChanges {
  const was = new Map(before);
  const is = new Map(after);
  return {
    added: after.filter(([id]) => !was.has(id)).map(([id]) => id),
    removed: before.filter(([id]) => !is.has(id)).map(([id]) => id),
    changed: after.filter(([id, v]) => was.has(id) && was.get(id) !== v).map(([id]) => id),
  };
}

/** The kind of record a figure counts. */
export const entityOf = async (db: Db, f: CockpitFigure) => (f.drill ? (await drillSource(db, f.drill)).source.entity : null);
