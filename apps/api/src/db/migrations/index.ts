import type { Migration } from 'kysely';
import * as foundation from './202611271200_foundation.js';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '202611271200_foundation': foundation,
};
