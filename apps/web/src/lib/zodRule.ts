import type { FormRule } from 'antd';
import type { z } from 'zod';

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

function firstMessage(result: { success: boolean; error?: z.ZodError }): string {
  return result.error?.issues[0]?.message ?? '填写有误';
}

/**
 * An antd Form rule that runs the shared zod schema, so the browser gives the same message the
 * server would. A blank field passes when the schema allows it to be missing; otherwise the
 * message is the schema's own for an empty string ("请填写姓名", "密码至少 8 位"), or
 * `emptyMessage` where the schema has none that reads well (selects, numbers).
 */
export function zodRule(schema: z.ZodType, emptyMessage?: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (!isBlank(value)) {
        const result = schema.safeParse(value);
        if (!result.success) throw new Error(firstMessage(result));
        return;
      }
      const missing = schema.safeParse(undefined);
      if (missing.success) return;
      if (emptyMessage) throw new Error(emptyMessage);
      const emptyText = schema.safeParse('');
      throw new Error(firstMessage(emptyText.success ? missing : emptyText));
    },
  };
}
