// The six chapters and the shape of their ids. Slugs are URL fragments and element ids (see the
// page contract in README.md), so they are fixed here and checked against the copy.

export const CHAPTER_SLUGS = [
	'occupation',
	'accusation',
	'eviction',
	'exile',
	'return',
	'recognition'
] as const;

export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];

/** `<slug>-<n>`, n counted from 1 within the chapter. */
export type StepId = `${ChapterSlug}-${number}`;

export const MIN_STEPS = 3;
export const MAX_STEPS = 6;

export function isChapterSlug(s: string): s is ChapterSlug {
	return (CHAPTER_SLUGS as readonly string[]).includes(s);
}

export function stepId(slug: ChapterSlug, n: number): StepId {
	return `${slug}-${n}`;
}

/** Splits "exile-2" into its chapter and number; undefined for anything else. */
export function parseStepId(id: string): { slug: ChapterSlug; n: number } | undefined {
	const m = /^([a-z]+)-(\d+)$/.exec(id);
	if (!m || !isChapterSlug(m[1]!)) return undefined;
	const n = Number(m[2]);
	return n >= 1 ? { slug: m[1] as ChapterSlug, n } : undefined;
}

/** A value per step id, read with `forStep` so a missing step fails loudly, not silently. */
export type StepRecord<T> = Record<StepId, T>;

export function forStep<T>(record: StepRecord<T>, id: StepId): T {
	const value = record[id];
	if (value === undefined) throw new Error(`No entry for step "${id}"`);
	return value;
}
