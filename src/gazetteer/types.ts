export type PlaceKind = 'country' | 'city' | 'region' | 'feature' | 'territory' | 'subdivision';

export interface PlaceEntry {
  /** The short English name the United Nations uses. */
  name: string;
  kind: PlaceKind;
  countryCode?: string;
  /** Surface forms to match, case-sensitive as they are written. */
  variants: string[];
  population?: number;
  /** A national capital (kept whatever its name looks like). */
  capital?: boolean;
  /** A great city whose name is as often a person's (`Hamilton`, `Austin`): a name before it makes it the person. */
  alsoAName?: boolean;
}
