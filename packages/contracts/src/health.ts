import { z } from 'zod';

export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  /** True when the platform runs on the invented demo data set (示例数据). */
  demo: z.boolean(),
});
export type Health = z.infer<typeof Health>;
