import type { Doc } from '../../core/doc.js';
import type { Report } from '../../core/messages.js';
import type { ResolveEntitiesOptions } from './options.js';

/** A refiner over all entity kinds at once (chrono runs its refiners after all parsers the same way). */
export interface EntityRefiner {
  id: string;
  apply(doc: Doc, report: Report, options: ResolveEntitiesOptions): Doc;
}
