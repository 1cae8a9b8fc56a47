/**
 * Every id an edit can carry, as a typed union. A rule's file declares the ids its edits carry
 * by adding them to `EditRuleIds` (module augmentation), so that a new rule touches its own file
 * and its registration line, and a misspelt id does not compile. An id is `<stage>/<name>`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface EditRuleIds {}

export type EditRuleId = keyof EditRuleIds & string;

/** The stage an edit rule belongs to: the part of its id before the slash. */
export function ruleStage(id: EditRuleId): string {
  return id.slice(0, id.indexOf('/'));
}

/** The edits that unwrap markup residue: a token they touched was printed or converted poorly. */
export const MARKUP_RULES: ReadonlySet<EditRuleId> = new Set<EditRuleId>(['normalise/latex-math', 'normalise/latex-command', 'normalise/latex-escape']);
