import { consultationRulesSchema, type ConsultationRules, type SiteConfig } from '../schemas/site';

// Apart from lib/consultations.ts, which the browser's re-check bundles: this one brings in Zod.

/** The site's consultation yardsticks, with the schema's defaults for what it leaves out. */
export function consultationRules(site: SiteConfig | undefined): ConsultationRules {
  return site?.consultation ?? consultationRulesSchema.parse({});
}
