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
}
