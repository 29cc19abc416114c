import type { FormRule } from 'antd';
import type { z } from 'zod';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * An antd Form rule that runs the shared zod schema, so the browser gives the same message the
 * server would. Empty form values are checked as "missing" (undefined), as they are sent.
 * `emptyMessage` replaces zod's generic message for an empty select.
 */
export function zodRule(schema: z.ZodType, emptyMessage?: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const empty = isEmpty(value);
      const result = schema.safeParse(empty && !Array.isArray(value) ? undefined : value);
      if (result.success) return;
      if (empty && emptyMessage) throw new Error(emptyMessage);
      throw new Error(result.error.issues[0]?.message ?? '填写有误');
    },
  };
}
