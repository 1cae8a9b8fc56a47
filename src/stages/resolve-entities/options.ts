import { z } from 'zod';

export const resolveEntitiesOptions = z.strictObject({
  attach: z.boolean().default(true).describe('Give each event the date its sentence names after it, and the place its sentence gives as the venue.'),
});

export type ResolveEntitiesOptions = z.output<typeof resolveEntitiesOptions>;
