/**
 * Walking figures against the rows behind them: every figure a payload carries, and its drill-down
 * paged through to the end, so a figure and its rows are checked to agree.
 */
import { expect } from 'vitest';
import type { Client } from './platform.js';

export type Drill = Record<string, string | number>;
export type Fig = { id: string; label: string; value: number | null; measure: 'count' | 'sum'; unit: string; drill: Drill | null };

/** Every figure in a cockpit payload: anything carrying a drill-down. */
export function figuresIn(node: unknown, out: Fig[] = []): Fig[] {
  if (Array.isArray(node)) for (const n of node) figuresIn(n, out);
  else if (node && typeof node === 'object') {
    if ('drill' in node && 'measure' in node) out.push(node as Fig);
    for (const v of Object.values(node)) figuresIn(v, out);
  }
  return out;
}

export const query = (d: Drill) =>
  Object.entries(d)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

/** Walks every page of a figure's drill-down and returns the row count and the sum of row values. */
export async function walk(client: Client, d: Drill) {
  let rows = 0;
  let sum = 0;
  let total = -1;
  let figure = -1;
  for (let page = 1; ; page++) {
    const res = await client.get(`/api/cockpit/drill?${query(d)}&page=${page}&pageSize=100`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    total = body.total;
    figure = body.figure;
    rows += body.items.length;
    for (const r of body.items) sum += r.value ?? 0;
    if (body.items.length < 100) break;
  }
  return { rows, sum, total, figure };
}

/** A figure equals what its drill-down lists: the row count, or the total of the rows' values. */
export async function expectFiguresMatchRows(client: Client, figures: Fig[]) {
  const seen = new Map<string, { rows: number; sum: number; total: number; figure: number }>();
  for (const f of figures) {
    expect(f.drill, `${f.id} opens no rows`).not.toBeNull();
    const key = query(f.drill as Drill);
    if (!seen.has(key)) seen.set(key, await walk(client, f.drill as Drill));
    const w = seen.get(key) as { rows: number; sum: number; total: number; figure: number };
    expect(w.rows, `${f.id}: rows listed vs total`).toBe(w.total);
    if (f.unit === '%') continue; // growth opens this year's revenue rows; checked below
    if (f.measure === 'count') expect(w.total, `${f.id} (${f.label})`).toBe(f.value);
    else expect(w.sum, `${f.id} (${f.label})`).toBe(f.value);
    expect(w.figure, f.id).toBe(f.value);
  }
  return seen.size;
}
