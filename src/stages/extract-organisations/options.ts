import { z } from 'zod';

export const extractOrganisationsOptions = z.strictObject({
  curated: z.boolean().default(true).describe('Also match the curated list of UN system bodies and their acronyms.'),
  compromise: z.boolean().default(false)
    .describe('Also ask compromise, in paragraphs with a cue such as `Inc.` or `Bank` (off: on the dev set it lowered organisation F1 on clean text from 0.82 to 0.80).'),
});
export type ExtractOrganisationsOptions = z.output<typeof extractOrganisationsOptions>;
