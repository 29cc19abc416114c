import fs from 'node:fs';
import path from 'node:path';
import type { ApiError } from '@chainboard/contracts';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Serves the built web app from the same process as the API. Unknown paths outside /api get
 * index.html so the browser's router can take them; unknown /api paths get a JSON 404.
 */
export default fp(async function web(app: FastifyInstance, opts: { dist: string | null }) {
  const dist = opts.dist && fs.existsSync(path.join(opts.dist, 'index.html')) ? opts.dist : null;
  if (dist) {
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: 'index.html', maxAge: '1h' });
  }
  app.setNotFoundHandler((request, reply) => {
    const urlPath = request.url.split('?')[0];
    if (dist && request.method === 'GET' && !urlPath.startsWith('/api')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', dist);
    }
    const body: ApiError = { code: 'NOT_FOUND', message: `接口不存在：${request.method} ${urlPath}` };
    return reply.status(404).send(body);
  });
});
