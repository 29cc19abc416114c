import { MetricKey } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';
import { definedFigure, type FigureParams, METRICS, type MetricValue } from '../figures/index.js';
import { planVersionsRepository } from './plan-versions.repository.js';

/** A target's live figure: a built-in metric, or one the plan's latest version defines in its file. */
export async function targetMetric(db: Db, t: { plan_id: number; metric: string }, p: FigureParams): Promise<MetricValue> {
  const builtIn = MetricKey.safeParse(t.metric);
  if (builtIn.success) return METRICS[builtIn.data](db, p);
  const defined = (await planVersionsRepository.metrics(db, Number(t.plan_id))).find((m) => m.key === t.metric);
  // a metric the version does not define cannot be computed: shown as 暂未统计
  return { actual: defined ? await definedFigure(db, defined, p) : null };
}

/** A target bound to a metric its plan file defines: that figure and how it is measured; null for a built-in metric. */
export async function definedTargetFigure(
  db: Db,
  t: { plan_id: number; metric: string },
  p: FigureParams,
): Promise<{ value: number | null; measure: 'count' | 'sum' } | null> {
  if (MetricKey.safeParse(t.metric).success) return null;
  const defined = (await planVersionsRepository.metrics(db, Number(t.plan_id))).find((m) => m.key === t.metric);
  return defined ? { value: await definedFigure(db, defined, p), measure: defined.measure } : { value: null, measure: 'count' };
}
