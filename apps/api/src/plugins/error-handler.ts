import type { ApiError, ErrorCode } from '@chainboard/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, statusOf } from '../lib/errors.js';

const PART_LABELS: Record<string, string> = { body: '请求内容', querystring: '查询参数', params: '路径参数', headers: '请求头' };

/** One error shape for every failure; a 5xx never shows internals. */
export default fp(async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (code: ErrorCode, message: string, fields?: Record<string, string>) => {
      const body: ApiError = fields ? { code, message, fields } : { code, message };
      return reply.status(statusOf(code)).send(body);
    };

    if (error instanceof AppError) return send(error.code, error.message, error.fields);

    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        fields[path || '_'] ??= issue.message ?? '格式有误';
      }
      const part = PART_LABELS[(error as { validationContext?: string }).validationContext ?? ''] ?? '请求';
      const summary = Object.entries(fields)
        .map(([path, message]) => (path === '_' ? message : `${path}：${message}`))
        .join('；');
      return send('VALIDATION_FAILED', `${part}有误：${summary}`, fields);
    }

    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send('PAYLOAD_TOO_LARGE', '请求内容过大，请缩小后重试');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send('UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型，请以 JSON 提交');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send('VALIDATION_FAILED', '请求内容为空，请以 JSON 提交');
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send('VALIDATION_FAILED', '请求内容不是合法的 JSON');
    }
    if (error.statusCode === 429) return send('RATE_LIMITED', '请求过于频繁，请稍后再试');

    const dbConflict = databaseConflict(error);
    if (dbConflict) return send(dbConflict.code, dbConflict.message);

    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send('VALIDATION_FAILED', error.statusCode === 400 ? '请求格式有误' : `请求有误（${error.statusCode}）`);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send('INTERNAL', '服务器内部错误，请稍后重试；如果问题持续，请联系系统管理员');
  });
});

/** A constraint the service should have caught: still answer as the client's mistake, not ours. */
function databaseConflict(error: unknown): { code: ErrorCode; message: string } | null {
  const code = (error as { code?: string }).code ?? '';
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return { code: 'CONFLICT', message: '与已有记录重复，请修改后重试' };
  }
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return { code: 'VALIDATION_FAILED', message: '引用的记录不存在，或仍被其他记录引用' };
  }
  return null;
}
