/**
 * The cockpit at national scale: data sets built by the demo generator at a base size (1×: about
 * 50,000 enterprises on 50 chains) and ten times that (10×: about 500,000 enterprises on 500 chains,
 * 8 quarters of figures), on SQLite and on PostgreSQL. Prints, per size and database, the cockpit's
 * time through the API against the same aggregates as plain SQL through the driver, and how the time
 * grows from 1× to 10×.
 *   BENCH_COCKPIT_SCALES (default "1,10") picks the sizes; BENCH_COCKPIT_BASE (default 62.5, in
 *   provinces of 800 enterprises) sets 1×; BENCH_COCKPIT_RUNS the runs per figure (median);
 *   BENCH_COCKPIT_KEEP names a folder that keeps the largest SQLite data set (for screenshots).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

type Timing = { url: string; queries: number; apiMs: number; sqlMs: number; cachedMs: number };
type Phase = {
  scale: number;
  sizes: { chains: number; enterprises: number; figures: number; projects: number; problems: number };
  buildSeconds: number;
  results: Record<'province' | 'ranking' | 'chain', Timing>;
  /** One plain pass over the enterprises, spans and figures (see cockpit-phase.ts). */
  referenceMs: number;
};

const here = import.meta.dirname;
const multiples = (process.env.BENCH_COCKPIT_SCALES ?? '1,10').split(',').map(Number);
const base = Number(process.env.BENCH_COCKPIT_BASE ?? 62.5);
const runs = process.env.BENCH_COCKPIT_RUNS ?? '5';
const LABELS = {
  province: '全省驾驶舱 /api/cockpit',
  ranking: '全国产业链排名 /api/cockpit/chains',
  chain: '一条产业链 /api/cockpit?chainId',
};

function phase(url: string, multiple: number): Phase {
  const keep = process.env.BENCH_COCKPIT_KEEP && !url && multiple === Math.max(...multiples) ? process.env.BENCH_COCKPIT_KEEP : '';
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'cockpit-phase.ts'), url, String(base * multiple), String(Math.round(50 * multiple)), runs],
    { encoding: 'utf8', maxBuffer: 10 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BENCH_KEEP_DIR: keep } },
  );
  return JSON.parse(out.trim().split('\n').pop() as string);
}

export function runCockpitBench(): boolean {
  const targets = [{ label: 'SQLite', url: '' }];
  if (process.env.DATABASE_URL?.startsWith('postgres')) targets.push({ label: 'PostgreSQL', url: process.env.DATABASE_URL });
  let ok = true;
  for (const t of targets) {
    const done: Phase[] = [];
    for (const m of multiples) {
      const p = phase(t.url, m);
      done.push(p);
      const s = p.sizes;
      console.log(
        `[cockpit ${m}× · ${t.label}] ${s.chains} chains, ${s.enterprises.toLocaleString()} enterprises, ${s.figures.toLocaleString()} quarterly figures, ${s.projects.toLocaleString()} projects, ${s.problems.toLocaleString()} problems (built in ${p.buildSeconds.toFixed(0)} s)`,
      );
      for (const [key, r] of Object.entries(p.results) as [keyof typeof LABELS, Timing][]) {
        const ratio = r.apiMs / r.sqlMs;
        if (ratio > 1.5) ok = false;
        console.log(
          `  ${LABELS[key]}: API ${r.apiMs.toFixed(0)} ms · plain SQL ${r.sqlMs.toFixed(0)} ms (${r.queries} queries) · ratio ${ratio.toFixed(2)} (target ≤ 1.50) · cached ${r.cachedMs.toFixed(1)} ms`,
        );
      }
    }
    for (let i = 1; i < done.length; i++) {
      const [a, b] = [done[0], done[i]];
      const data = b.sizes.enterprises / a.sizes.enterprises;
      console.log(
        `  growth ${multiples[0]}× → ${multiples[i]}× · ${t.label} · reference, one plain pass over the enterprises, tier spans and figures: time ×${(b.referenceMs / a.referenceMs).toFixed(1)} (${a.referenceMs.toFixed(0)} → ${b.referenceMs.toFixed(0)} ms) for data ×${data.toFixed(1)}`,
      );
      for (const key of Object.keys(LABELS) as (keyof typeof LABELS)[]) {
        const growth = b.results[key].apiMs / a.results[key].apiMs;
        if (growth > data) ok = false;
        console.log(
          `  growth ${multiples[0]}× → ${multiples[i]}× · ${t.label} · ${LABELS[key]}: time ×${growth.toFixed(1)} for data ×${data.toFixed(1)} (target ≤ ×${data.toFixed(0)})`,
        );
      }
    }
    console.log('');
  }
  return ok;
}
