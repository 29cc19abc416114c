import { COCKPIT_FIGURE_LABELS, type FigureKey, MetricKey } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';
import { invalid } from '../../lib/errors.js';
import {
  definedFigure,
  definedSource,
  FIGURE_SOURCES,
  type FigureParams,
  type FigureSource,
  METRICS,
  type MetricValue,
} from '../figures/index.js';
import { planVersionsRepository } from './plan-versions.repository.js';
import { plansRepository } from './plans.repository.js';

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

/**
 * The records a drill-down opens: a built-in figure's, or those of a metric the year's plan (its
 * latest version) defines, with the label to show.
 */
export async function drillSource(
  db: Db,
  d: { figure?: FigureKey; metric?: string; year: number },
): Promise<{ source: FigureSource; label: string }> {
  if (d.metric !== undefined) {
    const plan = await plansRepository.plan(db, d.year);
    const defined = plan ? (await planVersionsRepository.metrics(db, Number(plan.id))).find((m) => m.key === d.metric) : undefined;
    if (!defined) throw invalid(`${d.year} 年行动计划没有定义指标“${d.metric}”`, { metric: '请选择计划文件定义的指标' });
    return { source: definedSource(defined), label: defined.label };
  }
  if (d.figure !== undefined) return { source: FIGURE_SOURCES[d.figure], label: COCKPIT_FIGURE_LABELS[d.figure] };
  throw invalid('请指定要展开的指标', { figure: '请选择指标' });
}

/** The number of a plan's current version (a plan loaded before versions existed is its version 1). */
export async function currentPlanVersion(db: Db, planId: number): Promise<number> {
  return (await planVersionsRepository.versions(db, planId))[0]?.number ?? 1;
}
