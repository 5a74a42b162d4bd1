/** Lookups over companies shared by every feature. */
import type { Company } from './schema';

export function companyById(companies: readonly Company[]): Map<string, Company> {
  return new Map(companies.map((c) => [c.id, c]));
}
