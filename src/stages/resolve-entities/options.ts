import { z } from 'zod';

export const resolveEntitiesOptions = z.strictObject({
  attach: z.boolean().default(true).describe('Give each event the date and place its sentence gives as when and where it was held.'),
});

export type ResolveEntitiesOptions = z.output<typeof resolveEntitiesOptions>;
