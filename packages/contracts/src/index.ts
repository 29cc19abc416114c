export * from './alliances.js';
export * from './attraction.js';
export * from './audit.js';
export * from './auth.js';
export * from './chainmap.js';
export * from './chains.js';
export * from './cockpit.js';
export * from './common.js';
export * from './coordination.js';
export * from './credit-code.js';
export * from './enterprises.js';
export * from './errors.js';
export * from './figures.js';
export * from './funds.js';
export * from './health.js';
export * from './imports.js';
export * from './organisations.js';
export * from './periods.js';
export * from './plan-metrics.js';
export * from './planning-documents.js';
export * from './plans.js';
export * from './policies.js';
export * from './problems.js';
export * from './projects.js';
export * from './reports.js';
export * from './roles.js';
export * from './rounds.js';
export * from './technologies.js';
export * from './thinktank.js';
export * from './users.js';

import { z } from 'zod';

// Default validation messages in Simplified Chinese, on the server and in the browser alike.
z.config(z.locales.zhCN());
