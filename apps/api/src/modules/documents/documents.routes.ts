import { DocumentItemInput, DocumentItemPatch, IdParams, StoredDocument } from '@chainboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../context.js';
import { attachment } from '../../lib/download.js';
import { contextOf } from '../../plugins/auth.js';
import { documentsService as service } from './documents.service.js';

export const documentsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['documents'];
  app.get('/api/documents/:id/content', { schema: { tags, summary: '下载文件', params: IdParams } }, async (req, reply) => {
    const file = await service.download(deps, contextOf(req), req.params.id);
    return reply.header('content-type', file.contentType).header('content-disposition', attachment(file.fileName)).send(file.content);
  });
  app.post(
    '/api/documents/:id/items',
    { schema: { tags, summary: '新增事项', params: IdParams, body: DocumentItemInput, response: { 200: z.array(StoredDocument) } } },
    (req) => service.addItem(deps, contextOf(req), req.params.id, req.body),
  );
  app.patch(
    '/api/document-items/:id',
    {
      schema: {
        tags,
        summary: '修改事项',
        params: IdParams,
        body: DocumentItemPatch,
        response: { 200: z.array(StoredDocument) },
      },
    },
    (req) => service.updateItem(deps, contextOf(req), req.params.id, req.body),
  );
};
