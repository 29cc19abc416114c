/** Cell values as people type them, normalised to text or numbers. */
export type CellValue = string | number | null;

export function cellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string') return raw.trim() === '' ? null : own(unneutralise(raw.trim()));
  if (typeof raw === 'boolean') return raw ? '是' : '否';
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === 'object') {
    const o = raw as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (o.richText) return cellValue(o.richText.map((r) => r.text).join(''));
    if ('result' in o) return cellValue(o.result);
    if (o.text !== undefined) return cellValue(o.text);
    if (o.error !== undefined) return null;
  }
  return String(raw);
}

/** A spreadsheet program runs text that starts like a formula: keep it text (CSV/formula injection). */
export function neutralise(value: unknown): unknown {
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}

/** Our own exports mark formula-like text with a leading apostrophe; reading it back drops the mark. */
function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * A copy of the text that holds no reference to the parser's chunk it was sliced from: otherwise
 * every kept cell keeps its whole chunk of sheet XML alive, and a large import's memory balloons.
 */
function own(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
