import { withMessages } from '../../core/doc.js';
import { collectMessages } from '../../core/messages.js';
import { defineStage, stageFactory } from '../../core/stage.js';
import { resolveEntitiesOptions } from './options.js';
import type { EntityRefiner } from './refiner.js';
import { linkEvents } from './refiners/link-events.js';
import { meetingsAreNotBodies } from './refiners/meetings-are-not-bodies.js';
import { namesHoldNoPlaces } from './refiners/names-hold-no-places.js';

/**
 * In order: overlaps between kinds are resolved first (a numbered meeting is no body; no place
 * inside a name), so that events are linked only to the places that remain.
 */
const REFINERS: EntityRefiner[] = [meetingsAreNotBodies, namesHoldNoPlaces, linkEvents];

/** After every extractor: resolves overlaps between entity kinds and links events to their date and place. */
export const resolveEntitiesStage = defineStage({
  name: 'resolve-entities',
  summary: 'Resolves overlaps between entity kinds (no place inside a name) and links events to the date and place their sentence gives.',
  options: resolveEntitiesOptions,
  required: true,
  create: (options) => (doc) => {
    const { report, messages } = collectMessages('resolve-entities');
    return withMessages(REFINERS.reduce((d, r) => r.apply(d, report, options), doc), messages);
  },
});

export const createResolveEntities = stageFactory(resolveEntitiesStage);
