import { z } from 'zod';

export const normaliseOptions = z.strictObject({
  quotes: z.enum(['typographic', 'ascii']).default('typographic')
    .describe('`typographic` keeps ‘’“”–— as they are; `ascii` turns them into \' " -.'),
  markup: z.boolean().default(true).describe('Unwrap LaTeX and Markdown residue (`\\$\\mathbb{M}\\$` -> `M`, `**x**` -> `x`).'),
  furniture: z.boolean().default(true).describe('Remove page numbers, job numbers, barcodes, running headers, library stamps.'),
  fragments: z.boolean().default(true).describe('Put line ends that layout analysis moved below a paragraph back on their lines.'),
  dehyphenate: z.boolean().default(true).describe('Rejoin words broken at line ends, deciding by the document and a lexicon.'),
  reflow: z.boolean().default(true).describe('Join lines into paragraphs separated by one blank line.'),
});

export type NormaliseOptions = z.output<typeof normaliseOptions>;
