import { z } from 'zod';
import { entityFields } from '../../core/entity-schema.js';

export const organisationSchema = z.strictObject({
  ...entityFields,
  name: z.string().min(1).describe('the fullest form the document gives'),
  acronym: z.string().optional().describe('the short form the document pairs with it'),
});
export type OrgEntity = z.output<typeof organisationSchema>;
