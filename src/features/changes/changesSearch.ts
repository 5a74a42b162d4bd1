/** URL state of /changes: `?system=veo` (one system, or all when absent). */
import { idSchema } from '../../data/schema';

export interface ChangesSearch {
  system?: string;
}

const systemParam = idSchema.optional().catch(undefined);

export function validateChangesSearch(raw: Record<string, unknown>): ChangesSearch {
  return { system: systemParam.parse(typeof raw.system === 'string' ? raw.system : undefined) };
}
