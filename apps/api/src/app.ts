import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { type Config, fastifyTrustProxy } from './config.js';
import type { Deps } from './context.js';
import { type Connection, connect } from './db/dialect.js';
import { demoRoutes } from './demo/demo.routes.js';
import { XLSX_TYPE } from './excel/write-sheet.js';
import { MAX_UPLOAD_BYTES } from './excel/zip-guard.js';
import { loadAuditKey } from './lib/audit-key.js';
import { type Clock, systemClock } from './lib/clock.js';
import { assertSm3Works } from './lib/crypto.js';
import { alliancesRoutes } from './modules/alliances/alliances.routes.js';
import { attractionRoutes } from './modules/attraction/attraction.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { AuditTrail } from './modules/audit/audit-trail.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { chainMapRoutes } from './modules/chainmap/chainmap.routes.js';
import { chainsRoutes } from './modules/chains/chains.routes.js';
import { cockpitRoutes } from './modules/cockpit/cockpit.routes.js';
import { coordinationRoutes } from './modules/coordination/coordination.routes.js';
import { documentsRoutes } from './modules/documents/documents.routes.js';
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from './modules/documents/documents.service.js';
import { enterpriseExcelRoutes } from './modules/enterprises/enterprise-excel.routes.js';
import { enterprisesRoutes } from './modules/enterprises/enterprises.routes.js';
import { fundsRoutes } from './modules/funds/funds.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { importsRoutes } from './modules/imports/imports.routes.js';
import { organisationsRoutes } from './modules/organisations/organisations.routes.js';
import { plansRoutes } from './modules/plans/plans.routes.js';
import { policiesRoutes } from './modules/policies/policies.routes.js';
import { problemsRoutes } from './modules/problems/problems.routes.js';
import { projectsRoutes } from './modules/projects/projects.routes.js';
import { remindersRoutes } from './modules/reminders/reminders.routes.js';
import { roundsRoutes } from './modules/rounds/rounds.routes.js';
import { technologiesRoutes } from './modules/technologies/technologies.routes.js';
import { thinktankRoutes } from './modules/thinktank/thinktank.routes.js';
import { usersRoutes } from './modules/users/users.routes.js';
import auth from './plugins/auth.js';
import errorHandler from './plugins/error-handler.js';
import web from './plugins/web.js';
import { VERSION } from './version.js';

/** Connect to the configured database and gather what every service needs. */
export function createDeps(
  config: Config,
  connection: Connection = connect(config),
  clock: Clock = systemClock,
): Deps & { connection: Connection } {
  assertSm3Works();
  const key = loadAuditKey(config.auditKey, config.dataDir);
  const audit = new AuditTrail(key, connection.kind, clock, path.join(config.dataDir, 'audit.head'));
  return { db: connection.db, kind: connection.kind, config, audit, clock, connection };
}

/** The whole HTTP application, without listening: tests drive it with inject(). */
export async function buildApp(deps: Deps, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: deps.config.logLevel } : false,
    trustProxy: fastifyTrustProxy(deps.config.trustProxy),
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // workbooks are uploaded as the request body itself; the import checks them before parsing
  app.addContentTypeParser(XLSX_TYPE, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) => done(null, body));
  app.addContentTypeParser(DOCUMENT_TYPES, { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES }, (_req, body, done) => done(null, body));

  await app.register(errorHandler);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // antd writes its styles at run time
        imgSrc: ["'self'", 'data:', 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'chainboard 产业链链长制工作平台 API', version: VERSION } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(auth, { deps });

  for (const routes of [
    healthRoutes,
    authRoutes,
    chainsRoutes,
    organisationsRoutes,
    usersRoutes,
    auditRoutes,
    enterprisesRoutes,
    enterpriseExcelRoutes,
    importsRoutes,
    roundsRoutes,
    alliancesRoutes,
    projectsRoutes,
    attractionRoutes,
    problemsRoutes,
    plansRoutes,
    cockpitRoutes,
    remindersRoutes,
    coordinationRoutes,
    chainMapRoutes,
    fundsRoutes,
    policiesRoutes,
    thinktankRoutes,
    technologiesRoutes,
    documentsRoutes,
    demoRoutes,
  ]) {
    await app.register(routes, { deps });
  }
  await app.register(web, { dist: deps.config.webDist });
  return app;
}
