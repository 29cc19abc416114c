import type { FormInstance } from 'antd';
import { isApiError } from './api';
import { toastError } from './feedback';

export function errorMessage(err: unknown): string {
  if (isApiError(err)) return err.message;
  if (err instanceof Error && err.message) return err.message;
  return '操作失败，请稍后再试';
}

/** Shows an error as a toast. */
export function showError(err: unknown): void {
  toastError(errorMessage(err));
}

/**
 * Shows a failed save: the toast, and each server field problem next to its field. The form keeps
 * what was typed. A path like "hostIds.0" points at the form field "hostIds"; problems for fields
 * the form does not show are added to the toast so nothing is lost.
 */
export function showFormError(form: FormInstance, err: unknown): void {
  if (!isApiError(err) || Object.keys(err.fields).length === 0) {
    showError(err);
    return;
  }
  const shown = new Set(Object.keys(form.getFieldsValue() ?? {}));
  const byField = new Map<string, string[]>();
  const elsewhere: string[] = [];
  for (const [path, text] of Object.entries(err.fields)) {
    const field = path.split('.')[0] ?? path;
    if (shown.has(field)) byField.set(field, [...(byField.get(field) ?? []), text]);
    else elsewhere.push(text);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  const first = [...byField.keys()][0];
  if (first) form.scrollToField(first);
  toastError([err.message, ...elsewhere].join('；'));
}
