/** Nouns that head an organisation's name. */
export const ORG_HEADS = new Set([
  'Ministry', 'Department', 'Office', 'Committee', 'Commission', 'Council', 'Organization', 'Organisation', 'Agency',
  'Programme', 'Program', 'Fund', 'Bank', 'Institute', 'University', 'Centre', 'Center', 'Secretariat', 'Mission',
  'Union', 'Association', 'Federation', 'Authority', 'Board', 'Bureau', 'Court', 'Alliance', 'Front', 'Movement', 'Party',
  'Network', 'Foundation', 'Service', 'Assembly', 'Parliament', 'Tribunal', 'Coalition', 'Division', 'Unit', 'Society',
  'Academy', 'Observatory', 'Corporation', 'Company', 'Forces', 'Police', 'Legislature', 'Group', 'Body', 'Force', 'Tribe', 'House',
  'Panel', 'Mechanism', 'Facility', 'Directorate', 'Subcommittee', 'Entity', 'Army', 'Brigade', 'Battalion', 'Regiment',
]);

/** Heads of military units: a number written as an ordinal opens their names (`128th Reinforced Brigade`, `1st Ukrainian Front`). */
export const UNIT_HEADS = new Set(['Army', 'Brigade', 'Battalion', 'Regiment', 'Division', 'Front', 'Corps']);

/** Heads that name a body only with a complement: `House of Representatives`, never `Government House`. */
export const NEEDS_COMPLEMENT = new Set(['House']);
/**
 * Head and single pre-modifier that make a term, not a body: a `State Party` to a treaty is any
 * State that joined it; `Civil Society` and `Information Society` are kinds of society (`the World
 * Summit on the Information Society` is a meeting about one); every district has a `District
 * Court` and every city a `City Council`: with no place before them they name no one body.
 */
export const COMMON_TERMS = new Set([
  'State Party', 'Civil Society', 'Information Society', 'Knowledge Society', 'District Court', 'City Council', 'Municipal Council',
]);
/** A single pre-modifier that makes a head a common noun phrase, written in capitals in headings: `WORK PROGRAMME`. */
export const COMMON_PREMOD = new Set(['Work', 'Country', 'Sub-programme', 'Subprogramme']);

/** Heads that make a name an event, a document or a post instead. */
export const EVENT_HEADS = new Set(['Conference', 'Forum', 'Dialogue', 'Summit', 'Meeting', 'Workshop', 'Symposium', 'Seminar', 'Congress', 'Session', 'Consultation', 'Round', 'Retreat']);
export const DOCUMENT_HEADS = new Set(['Convention', 'Agreement', 'Protocol', 'Declaration', 'Treaty', 'Charter', 'Covenant', 'Resolution', 'Plan', 'Agenda', 'Strategy', 'Framework', 'Report', 'Accord', 'Principles', 'Goals', 'Compact', 'Pact', 'Platform', 'Statute', 'Rules', 'Note', 'Annex', 'Introduction', 'Summary', 'Addendum', 'Item', 'Publications', 'Documents', 'Reports']);
export const TITLES = new Set(['Chair', 'Chairman', 'Chairperson', 'President', 'Vice-President', 'Vice-Chair', 'Secretary-General', 'Secretary', 'Head', 'Director', 'Director-General', 'Executive', 'Under-Secretary-General', 'Envoy', 'Representative', 'Minister', 'Deputy', 'Rapporteur', 'Member', 'Members', 'Ambassador', 'Prime', 'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Judge', 'Commissioner', 'Coordinator', 'Adviser', 'Advisor', 'Officer', 'Governor', 'Mayor', 'King', 'Queen']);
export const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'in', 'to', 'de', 'des', 'du', 'la', 'against', 'with', 'regard', 'at', 'by']);
