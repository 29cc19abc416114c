/**
 * The gap analysis (断点/堵点), computed from the records: the same function answers the map, the
 * weak-link list, the cockpit and the quarterly report, so they cannot disagree.
 *
 * For each segment, over its own records and those of its sub-segments:
 * - 断点 (gap): no local enterprise and no landed project (储备类, 实施类 or 已完成) on it;
 * - 堵点 (bottleneck): fewer local enterprises than the threshold; revenue share of the chain below
 *   the threshold percent of the segment's expected share; more unsolved key technologies or open
 *   problems than allowed;
 * - 强 (strong): none of these.
 * The expected share is the one set on the segment, or an equal part of what is left among the leaf
 * segments without one; a parent expects the sum of its children.
 */
import type { ChainGaps, ChainMap, GapSettings, GapStatus, Segment, SegmentFigures } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';
import { LANDED_CLASSES, openTechnologies, chainMapRepository as repo } from './chainmap.repository.js';
import { segmentsRepository } from './segments.repository.js';

const pct = (n: number) => `${n.toFixed(1)}%`;
function money(yuan: number): string {
  if (Math.abs(yuan) >= 100_000_000) return `${(yuan / 100_000_000).toFixed(2)} 亿元`;
  return `${Math.round(yuan / 10_000).toLocaleString('zh-CN')} 万元`;
}

type Raw = { enterprises: number; revenue: number; masters: string[]; cores: string[]; underway: number; landed: number };

/** The chain's map as of `asOf`, for `year` or its latest year with figures. */
export async function chainMap(db: Db, chain: { id: number; name: string }, asOf: string, year?: number): Promise<ChainMap> {
  const settings = await repo.settings(db);
  const y = year ?? (await repo.latestYear(db, chain.id, Number(asOf.slice(0, 4))));
  const segments = await segmentsRepository.tree(db, chain.id, false);
  const [enterprises, projects, leads, problems, technologies] = await Promise.all([
    repo.enterprises(db, chain.id, y, asOf),
    repo.projects(db, chain.id),
    repo.leads(db, chain.id),
    repo.openProblemSegments(db, chain.id),
    openTechnologies(db, chain.id),
  ]);

  const children = new Map<number, number[]>();
  for (const s of segments) if (s.parentId !== null) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s.id]);
  const active = new Set(segments.map((s) => s.id));
  /** The segment and every active segment under it. */
  const subtree = (id: number): number[] => [id, ...(children.get(id) ?? []).flatMap(subtree)];
  const leaves = segments.filter((s) => !children.has(s.id));

  // expected shares: set ones as given, the rest of 100% split evenly among the leaves without one
  const setTotal = leaves.reduce((sum, s) => sum + (s.expectedShare ?? 0), 0);
  const unset = leaves.filter((s) => s.expectedShare === null).length;
  const evenShare = unset ? Math.max(0, 100 - setTotal) / unset : 0;
  const expected = new Map<number, number>();
  const expectedOf = (s: Segment): number => {
    const known = expected.get(s.id);
    if (known !== undefined) return known;
    const kids = children.get(s.id);
    const value =
      s.expectedShare ?? (kids ? kids.reduce((sum, k) => sum + expectedOf(segments.find((x) => x.id === k) as Segment), 0) : evenShare);
    expected.set(s.id, value);
    return value;
  };

  const totalRevenue = enterprises.reduce((sum, e) => sum + e.revenue, 0);
  const count = <T>(list: T[], ids: Set<number>, on: (x: T) => number | null) =>
    list.filter((x) => {
      const at = on(x);
      return at !== null && ids.has(at);
    });

  const out: ChainMap['segments'] = segments.map((s) => {
    const ids = new Set(subtree(s.id));
    const ents = count(enterprises, ids, (e) => e.segmentId);
    const projs = count(projects, ids, (p) => p.segmentId);
    const segLeads = count(leads, ids, (l) => l.segmentId);
    const gapLeads = segLeads.filter((l) => l.fillsGap);
    const raw: Raw = {
      enterprises: ents.length,
      revenue: ents.reduce((sum, e) => sum + e.revenue, 0),
      masters: ents.filter((e) => e.tier === 'master').map((e) => e.name),
      cores: ents.filter((e) => e.tier === 'core').map((e) => e.name),
      underway: projs.filter((p) => p.class === 'underway').length,
      landed: projs.filter((p) => LANDED_CLASSES.includes(p.class)).length,
    };
    const openTechnologies = count(technologies, ids, (t) => t.segmentId).length;
    const openProblems = problems.filter((p) => ids.has(p)).length;
    const revenueShare = totalRevenue > 0 ? (raw.revenue / totalRevenue) * 100 : 0;
    const { status, reasons } = judge(settings, raw, {
      revenueShare,
      expectedShare: expectedOf(s),
      totalRevenue,
      openTechnologies,
      openProblems,
    });
    const figures: SegmentFigures = {
      segmentId: s.id,
      enterprises: raw.enterprises,
      revenue: raw.revenue,
      revenueShare: Math.round(revenueShare * 10) / 10,
      expectedShare: Math.round(expectedOf(s) * 10) / 10,
      masters: raw.masters,
      cores: raw.cores,
      projectsUnderway: raw.underway,
      projectsLanded: raw.landed,
      openTechnologies,
      openProblems,
      leads: segLeads.length,
      gapLeads: gapLeads.length,
      gapLeadsLanded: gapLeads.filter((l) => l.pipelineStage === 'landed').length,
      status,
      reasons,
    };
    return { ...s, leaf: !children.has(s.id), figures };
  });

  return {
    chainId: chain.id,
    chainName: chain.name,
    year: y,
    asOf,
    settings,
    segments: out,
    unplacedEnterprises: enterprises.filter((e) => e.segmentId === null || !active.has(e.segmentId)).length,
    totalRevenue,
  };
}

function judge(
  t: GapSettings,
  raw: Raw,
  x: { revenueShare: number; expectedShare: number; totalRevenue: number; openTechnologies: number; openProblems: number },
): { status: GapStatus; reasons: string[] } {
  if (raw.enterprises === 0 && raw.landed === 0) {
    return { status: 'gap', reasons: ['本地企业 0 家，也没有落地项目（储备类、实施类或已完成）'] };
  }
  const reasons: string[] = [];
  if (raw.enterprises < t.minEnterprises) {
    const landed = raw.landed ? `（已有落地项目 ${raw.landed} 个）` : '';
    reasons.push(`本地企业 ${raw.enterprises} 家，低于 ${t.minEnterprises} 家${landed}`);
  }
  const floor = (x.expectedShare * t.minRevenueRatio) / 100;
  if (x.totalRevenue > 0 && x.expectedShare > 0 && x.revenueShare < floor) {
    reasons.push(
      `本地营收 ${money(raw.revenue)}，占全链 ${pct(x.revenueShare)}，低于应占份额 ${pct(x.expectedShare)} 的 ${t.minRevenueRatio}%（${pct(floor)}）`,
    );
  }
  if (x.openTechnologies > t.maxOpenTechnologies) {
    reasons.push(`未攻克关键技术 ${x.openTechnologies} 项，超过 ${t.maxOpenTechnologies} 项`);
  }
  if (x.openProblems > t.maxOpenProblems) reasons.push(`未解决问题 ${x.openProblems} 个，超过 ${t.maxOpenProblems} 个`);
  if (reasons.length) return { status: 'bottleneck', reasons };
  return { status: 'strong', reasons: [`本地企业 ${raw.enterprises} 家，营收占全链 ${pct(x.revenueShare)}`] };
}

const STATUS_ORDER: Record<GapStatus, number> = { gap: 0, bottleneck: 1, strong: 2 };

/** The chain's weak links: leaf segments that are 断点 or 堵点, gaps first, then by how many reasons. */
export function weakLinks(map: ChainMap): ChainGaps {
  const leaves = map.segments.filter((s) => s.leaf);
  const weak = leaves
    .filter((s) => s.figures.status !== 'strong')
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.s.figures.status] - STATUS_ORDER[b.s.figures.status] ||
        b.s.figures.reasons.length - a.s.figures.reasons.length ||
        a.i - b.i,
    )
    .map(({ s }) => ({ ...s.figures, name: s.name, path: s.path, stage: s.stage }));
  return {
    chainId: map.chainId,
    chainName: map.chainName,
    year: map.year,
    asOf: map.asOf,
    weakLinks: weak,
    leafSegments: leaves.length,
    gaps: weak.filter((w) => w.status === 'gap').length,
    bottlenecks: weak.filter((w) => w.status === 'bottleneck').length,
    weakWithLead: weak.filter((w) => w.gapLeads > 0).length,
    weakWithLanded: weak.filter((w) => w.gapLeadsLanded > 0 || w.projectsLanded > 0).length,
  };
}

/**
 * The weak links of a chain, as the cockpit and the quarterly report show them. The
 * default `asOf` goes once both pass their own day.
 */
export async function chainGaps(db: Db, chain: { id: number; name: string }, year: number | undefined, asOf: string): Promise<ChainGaps> {
  return weakLinks(await chainMap(db, chain, asOf, year));
}
