import * as z from 'zod/mini';
import '../zodMessages';

/**
 * graph-data/positions.yaml, written by `kg positions --source FILE`: each paragraph of the review
 * as [number, section, sentences], and each quote's key as [paragraph, sentence, sentences spanned].
 * Derived from the review's text once, so that nothing at run time needs the text itself.
 */
const count = z.number().check(z.int(), z.positive());

export const positionsFileSchema = z.strictObject({
  paragraphs: z.array(z.tuple([count, z.string().check(z.minLength(1)), count])),
  quotes: z.record(
    z.string().check(z.regex(/^[0-9a-f]{12}$/, 'must be a 12-digit hex key')),
    z.tuple([count, count, count]),
  ),
});

export type PositionsFile = z.infer<typeof positionsFileSchema>;

/** One paragraph of the source, as the reader lists it. */
export interface OutlineParagraph {
  p: number;
  section: string;
  sentences: number;
}
