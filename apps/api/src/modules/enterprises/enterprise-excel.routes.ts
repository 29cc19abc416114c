import { EnterpriseQuery, ImportQuery, ImportResult } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../context.js';
import { sendWorkbook, uploadedWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { enterpriseTemplate, exportEnterprises, importEnterprises } from './enterprise-excel.js';
import { figuresTemplate, importFigures } from './figures-excel.js';
import { importTiers, tiersTemplate } from './tiers-excel.js';

/** Templates, imports and exports of the register, its tiers and its figures. */
export const enterpriseExcelRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['enterprises'];
  const sheets = [
    { path: 'enterprises', label: '企业名录', template: enterpriseTemplate, importer: importEnterprises },
    { path: 'enterprise-figures', label: '企业经营数据', template: figuresTemplate, importer: importFigures },
    { path: 'enterprise-tiers', label: '企业层级', template: tiersTemplate, importer: importTiers },
  ];
  for (const s of sheets) {
    app.get(`/api/${s.path}/template`, { schema: { tags, summary: `下载${s.label}导入模板` } }, async (req, reply) => {
      contextOf(req);
      return sendWorkbook(reply, `${s.label}导入模板.xlsx`, s.template());
    });
    app.post(
      `/api/${s.path}/import`,
      { schema: { tags, summary: `导入${s.label}（.xlsx）`, querystring: ImportQuery, response: { 200: ImportResult } } },
      (req) => s.importer(deps, contextOf(req), uploadedWorkbook(req.body), req.query.mode),
    );
  }
  app.get(
    '/api/enterprises/export',
    { schema: { tags, summary: '导出企业名录（按筛选条件）', querystring: EnterpriseQuery } },
    async (req, reply) => {
      return sendWorkbook(reply, '企业名录.xlsx', await exportEnterprises(deps, contextOf(req), req.query));
    },
  );
};
