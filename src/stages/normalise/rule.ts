import type { TextProfile } from '../../core/doc.js';
import type { Edit } from '../../core/types.js';
import type { NormaliseOptions } from './options.js';

/** Is this a word (any case)? The lexicon normalise decides line breaks by. */
export type Lexicon = (word: string) => boolean;

/** What a cleaning rule may read besides the text. */
export interface CleaningEnv {
  options: NormaliseOptions;
}

/** What a layout rule may read: the profile is judged once the cleaning rules have run. */
export interface LayoutEnv extends CleaningEnv {
  profile: TextProfile;
  isWord: Lexicon;
}

/** A normalisation rule: reads the current text and proposes edits against it. */
export interface NormaliseRule<E extends CleaningEnv = CleaningEnv> {
  id: string;
  /** Does the configuration turn it on? */
  on(options: NormaliseOptions): boolean;
  apply(text: string, env: E): Edit[];
}

export type LayoutRule = NormaliseRule<LayoutEnv>;
