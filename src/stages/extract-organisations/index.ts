import { withEntities, withMessages } from '../../core/doc.js';
import { collectMessages } from '../../core/messages.js';
import { defineStage, stageFactory } from '../../core/stage.js';
import { gazetteer } from '../../resources/index.js';
import { segmentsOf } from '../../text/segments.js';
import { Catalogue } from './catalogue.js';
import { acronymDefinitionFinder } from './finders/acronym-definitions.js';
import { acronymMentionFinder } from './finders/acronym-mentions.js';
import { citedAuthorFinder } from './finders/cited-authors.js';
import { compromiseFinder } from './finders/compromise.js';
import { curatedFinder } from './finders/curated.js';
import { foreignNameFinder } from './finders/foreign-names.js';
import { headNounFinder } from './finders/head-nouns.js';
import { lowercaseHeadFinder } from './finders/lowercase-heads.js';
import { partyNameFinder } from './finders/party-names.js';
import { secretariatFinder } from './finders/secretariat.js';
import { treatyBodyFinder } from './finders/treaty-bodies.js';
import { unityGovernmentFinder } from './finders/unity-governments.js';
import { extractOrganisationsOptions } from './options.js';
import { acronymHeadRefiner } from './refiners/acronym-head.js';
import { layoutBreakRefiner } from './refiners/layout-breaks.js';
import { longestMentionRefiner } from './refiners/longest-mention.js';
import { oneBodyPerAcronymRefiner } from './refiners/one-body-per-acronym.js';
import { shortFormRefiner } from './refiners/short-forms.js';
import { organisationSchema } from './schema.js';
import { OrgState, type OrgFinder, type OrgRefiner } from './state.js';

export { organisationSchema, type OrgEntity } from './schema.js';
export { extractOrganisationsOptions } from './options.js';

/**
 * Finders, in order: acronym definitions first (they tie a name and its acronym for the whole
 * document, so every later mention joins that body); names on head nouns before the curated
 * list (a complement stops before a curated name, found beforehand); curated bodies and their
 * treaty bodies; name patterns; secretariats of acronyms known by then; compromise; authors of
 * citations, after every finder that could expand their acronym; acronym mentions last, once every
 * finder that defines names has run.
 */
const FINDERS: OrgFinder[] = [
  acronymDefinitionFinder, headNounFinder, curatedFinder, treatyBodyFinder, foreignNameFinder, partyNameFinder, unityGovernmentFinder,
  lowercaseHeadFinder, secretariatFinder, compromiseFinder, citedAuthorFinder, acronymMentionFinder,
];

/**
 * Refiners, in order: names a blank line cut run on first (the whole name is the body every other
 * refiner should see); short forms join their full names, then acronym-and-head forms; one body
 * per acronym settles who owns it; the longest mention wins overlaps and becomes an entity.
 */
const REFINERS: OrgRefiner[] = [layoutBreakRefiner, shortFormRefiner, acronymHeadRefiner, oneBodyPerAcronymRefiner, longestMentionRefiner];

/**
 * Organisations: names built on head nouns, acronyms linked to the names they expand (for the
 * whole document), curated UN bodies, names in other languages. Every mention is its own span;
 * `name` is the fullest form the document gives.
 */
export const extractOrganisationsStage = defineStage({
  name: 'extract-organisations',
  summary: 'Organisations: names built on head nouns, acronyms linked to their expansions, curated UN bodies, names in other languages.',
  options: extractOrganisationsOptions,
  produces: { kind: 'organisations', schema: organisationSchema },
  create: (options, settings) => {
    // made with the batch's first document, not with the pipeline: a rerun with nothing to do never loads the gazetteer
    const CATALOGUE = Symbol('extract-organisations/catalogue');
    return (doc, ctx) => {
      const catalogue = ctx.cache.get(CATALOGUE, () => new Catalogue(gazetteer(settings.minCityPopulation).entries));
      const { report, messages } = collectMessages('extract-organisations');
      const { words, capitals } = segmentsOf(doc);
      const state = new OrgState(doc, words, capitals, catalogue, options, report);
      for (const f of FINDERS) f.find(state);
      for (const r of REFINERS) r.refine(state);
      return withMessages(withEntities(doc, 'organisations', state.entities), messages);
    };
  },
});

export const createExtractOrganisations = stageFactory(extractOrganisationsStage);
