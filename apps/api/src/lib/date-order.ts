import { invalid } from './errors.js';

/** A date of something that happened, as a form or sheet names it: the input field, its label, the day. */
export type HappenedOn = { field: string; label: string; on: string | null | undefined };

/**
 * What is wrong with dates of things that happened, or null: none may be after today, and each given
 * one is no earlier than the given ones before it in the list (签约 ≤ 落地, 开工 ≤ 竣工 ≤ 投产).
 * When a record was entered is another matter: a signing before the record's creation is fine.
 */
export function dateOrderProblem(dates: HappenedOn[], today: string): { field: string; label: string; message: string } | null {
  const given = dates.filter((d): d is HappenedOn & { on: string } => Boolean(d.on));
  for (const d of given) {
    if (d.on > today) return { field: d.field, label: d.label, message: `${d.label}（${d.on}）不能晚于今天（${today}）` };
  }
  for (let i = 1; i < given.length; i++) {
    const earlier = given.slice(0, i).find((e) => e.on > given[i].on);
    if (earlier) {
      const d = given[i];
      return { field: d.field, label: d.label, message: `${d.label}（${d.on}）不能早于${earlier.label}（${earlier.on}）` };
    }
  }
  return null;
}

/** The same check for a form: a 400 naming the field. */
export function checkDateOrder(dates: HappenedOn[], today: string): void {
  const problem = dateOrderProblem(dates, today);
  if (problem) throw invalid(problem.message, { [problem.field]: problem.message });
}
