export * from './audit.js';
export * from './auth.js';
export * from './chains.js';
export * from './common.js';
export * from './errors.js';
export * from './health.js';
export * from './organisations.js';
export * from './roles.js';
export * from './users.js';

import { z } from 'zod';

// Default validation messages in Simplified Chinese, on the server and in the browser alike.
z.config(z.locales.zhCN());
