import { ImportReportInput } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../context.js';
import { PROBLEM_COLUMNS } from '../../excel/import-pipeline.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';

/** Any import's problem list back as a sheet, for the clerk who fixes the file. */
export const importsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app) => {
  app.post(
    '/api/import-report',
    { schema: { tags: ['imports'], summary: '导入问题清单（.xlsx）', body: ImportReportInput } },
    async (req, reply) => {
      contextOf(req);
      return sendWorkbook(reply, '导入问题清单.xlsx', [
        { name: '导入问题', columns: PROBLEM_COLUMNS, rows: req.body.problems.map((p) => [p.row, p.column, p.message]) },
      ]);
    },
  );
};
