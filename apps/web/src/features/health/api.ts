import type { Health } from '@chainboard/contracts';
import { api } from '../../lib/api';

export const fetchHealth = () => api.get<Health>('/api/health');
