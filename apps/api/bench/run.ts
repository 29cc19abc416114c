/**
 * `npm run bench`: every benchmark prints its figures as ratios against a baseline measured in the
 * same run, on this machine, so the numbers compare across machines.
 *   BENCH_ROWS (default 100000) sizes the import workbook; DATABASE_URL adds a PostgreSQL run.
 *   BENCH_ONLY=import or BENCH_ONLY=cockpit runs one of the two (see cockpit.ts for its settings).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCockpitBench } from './cockpit.js';
import { writeRegisterWorkbook } from './import-workbook.js';

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const here = import.meta.dirname;

function phase(name: string, file: string, databaseUrl: string): { rows: number; seconds: number; peakMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'import-phase.ts'), name, file, databaseUrl], {
    encoding: 'utf8',
    maxBuffer: 10 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() as string);
}

const only = process.env.BENCH_ONLY ?? '';
let failed = false;
if (only !== 'cockpit') {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chainboard-bench-')), 'register.xlsx');
  console.log(`writing a ${rows.toLocaleString()}-row register workbook …`);
  await writeRegisterWorkbook(file, rows);
  console.log(`workbook: ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB\n`);

  const targets = [{ label: 'SQLite', url: '' }];
  if (process.env.DATABASE_URL?.startsWith('postgres')) targets.push({ label: 'PostgreSQL', url: process.env.DATABASE_URL });

  for (const t of targets) {
    const base = phase('baseline', file, t.url);
    const imp = phase('import', file, t.url);
    const baseRate = base.rows / base.seconds;
    const impRate = imp.rows / imp.seconds;
    const ratio = impRate / baseRate;
    console.log(`[import ${rows.toLocaleString()} rows · ${t.label}]`);
    console.log(`  baseline (read + unvalidated bulk insert): ${Math.round(baseRate).toLocaleString()} rows/s, peak ${base.peakMb} MB`);
    console.log(`  import   (validate all, then write):       ${Math.round(impRate).toLocaleString()} rows/s, peak ${imp.peakMb} MB`);
    console.log(`  ratio import/baseline: ${ratio.toFixed(2)}  (target ≥ 0.50)   peak memory: ${imp.peakMb} MB (target < 500 MB)\n`);
    if (ratio < 0.5 || imp.peakMb >= 500) failed = true;
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
if (only !== 'import' && !runCockpitBench()) failed = true;
if (failed) {
  console.log('a target was missed');
  process.exitCode = 1;
}
