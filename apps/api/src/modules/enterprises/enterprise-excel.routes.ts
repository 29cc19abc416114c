import { EnterpriseImportQuery, EnterpriseQuery } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../context.js';
import { registerSheetRoutes } from '../../excel/sheet-routes.js';
import { sendWorkbook } from '../../excel/write-sheet.js';
import { contextOf } from '../../plugins/auth.js';
import { enterpriseTemplate, exportEnterprises, importEnterprises } from './enterprise-excel.js';
import { figuresTemplate, importFigures } from './figures-excel.js';
import { importTiers, tiersTemplate } from './tiers-excel.js';

/** Templates, imports and exports of the register, its tiers and its figures. */
export const enterpriseExcelRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['enterprises'];
  registerSheetRoutes(app, deps, tags, {
    path: 'enterprises',
    label: '企业名录',
    template: enterpriseTemplate,
    importer: importEnterprises,
    querystring: EnterpriseImportQuery,
  });
  const sheets = [
    { path: 'enterprise-figures', label: '企业经营数据', template: figuresTemplate, importer: importFigures },
    { path: 'enterprise-tiers', label: '企业层级', template: tiersTemplate, importer: importTiers },
  ];
  for (const sheet of sheets) registerSheetRoutes(app, deps, tags, sheet);
  app.get(
    '/api/enterprises/export',
    { schema: { tags, summary: '导出企业名录（按筛选条件）', querystring: EnterpriseQuery } },
    async (req, reply) => {
      return sendWorkbook(reply, '企业名录.xlsx', await exportEnterprises(deps, contextOf(req), req.query));
    },
  );
};
