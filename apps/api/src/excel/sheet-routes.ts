import { type ImportMode, ImportQuery, ImportResult } from '@chainboard/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Deps } from '../context.js';
import { contextOf } from '../plugins/auth.js';
import type { RequestContext } from '../policy/actor.js';
import { type SheetSpec, sendWorkbook, uploadedWorkbook } from './write-sheet.js';

export type ImportableSheet<Q extends { mode: ImportMode } = { mode: ImportMode }> = {
  /** The route segment: /api/<path>/template and /api/<path>/import. */
  path: string;
  label: string;
  template: () => SheetSpec[];
  importer: (deps: Deps, ctx: RequestContext, buffer: Buffer, mode: ImportMode, query: Q) => Promise<ImportResult>;
  /** The import's query when it takes more than the mode (a ledger's period); ImportQuery otherwise. */
  querystring?: z.ZodType<Q>;
};

/** The two routes every importable sheet has: its template to download, and the import itself. */
export function registerSheetRoutes<Q extends { mode: ImportMode }>(
  app: FastifyInstance,
  deps: Deps,
  tags: string[],
  sheet: ImportableSheet<Q>,
) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(`/api/${sheet.path}/template`, { schema: { tags, summary: `下载${sheet.label}导入模板` } }, async (req, reply) => {
    contextOf(req);
    return sendWorkbook(reply, `${sheet.label}导入模板.xlsx`, sheet.template());
  });
  typed.post(
    `/api/${sheet.path}/import`,
    {
      schema: {
        tags,
        summary: `导入${sheet.label}（.xlsx）`,
        querystring: sheet.querystring ?? ImportQuery,
        response: { 200: ImportResult },
      },
    },
    (req) => {
      const query = req.query as Q;
      return sheet.importer(deps, contextOf(req), uploadedWorkbook(req.body), query.mode, query);
    },
  );
}
