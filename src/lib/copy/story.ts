// Builds the typed, resolved story from the ArchieML copy: checks its shape, resolves every
// placeholder from data/, and turns the inline markup into HTML. Runs at build time only.
import archieml from 'archieml';
import * as v from 'valibot';
import {
	CHAPTER_SLUGS,
	MAX_STEPS,
	MIN_STEPS,
	stepId,
	type ChapterSlug,
	type StepId
} from '../story/chapters.ts';
import { ESTIMATE_KINDS, type EstimateKind } from '../data/schema.ts';
import { inlineHtml, paragraphs, plainText } from './markup.ts';
import { CopyError, resolvePlaceholders } from './placeholders.ts';
import type { Lookup } from './lookup.ts';

export interface Block {
	type: 'heading' | 'text' | 'insert';
	/** HTML for text, plain text for headings, the insert's name for inserts. */
	value: string;
}

export interface Step {
	id: StepId;
	n: number;
	/** Paragraphs as HTML. */
	paragraphs: string[];
	/** One sentence describing the graphic in this step's state, plain text. */
	alt: string;
	/** Ids from data/ this step's text reads. */
	uses: string[];
}

export interface Chapter {
	slug: ChapterSlug;
	n: number;
	kicker: string;
	title: string;
	/** Plain-text summary for share cards and the republish kit. */
	description: string;
	intro: string[];
	steps: Step[];
}

/** What a step card needs of its step: its text and table come from static fragments. */
export type StepOutline = Pick<Step, 'id' | 'alt'>;
/** What the browser needs of a chapter: its steps' cards are drawn on the server only. */
export type ChapterOutline = Pick<Chapter, 'slug' | 'n' | 'kicker' | 'title'> & {
	steps: Pick<Step, 'id'>[];
};

export interface Correction {
	date: string;
	html: string;
}

export interface StoryMeta {
	headline: string;
	title: string;
	dek: string;
	description: string;
	published: string;
	updated: string;
	byline: string;
	publisher: string;
	shortName: string;
}

/** The words of the methods note's table of contested figures. */
export interface ContestedCopy {
	caption: string;
	figure: string;
	who: string;
	/** Read out before each figure's kind (the table shows it under who gives it). */
	kind: string;
	share: string;
	/** Said where a row has no share (a count of those deported is no share of them). */
	noShare: string;
	/** Each quantity compared (estimates.csv's "quantity"), in the table's order. */
	quantities: { id: string; label: string }[];
	kinds: Record<EstimateKind, string>;
}

/** The end matter's section titles, and what its corrections log says while it is empty. */
const END_TITLES = ['methods', 'credits', 'licence', 'corrections', 'noCorrections'] as const;
export type EndTitles = Record<(typeof END_TITLES)[number], string>;

export interface Story {
	meta: StoryMeta;
	intro: string[];
	chapters: Chapter[];
	methods: Block[];
	credits: Block[];
	licence: Block[];
	contested: ContestedCopy;
	endTitles: EndTitles;
	corrections: Correction[];
}

const nonEmpty = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} is empty`));
const isoDate = (what: string) =>
	v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, `${what} must be a date like 2026-11-22`));

const stepSchema = v.object({ text: nonEmpty('step text'), alt: nonEmpty('step alt text') });
const chapterSchema = v.object({
	slug: v.picklist(CHAPTER_SLUGS, (i) => `unknown chapter slug "${String(i.input)}"`),
	kicker: nonEmpty('kicker'),
	title: nonEmpty('title'),
	description: nonEmpty('description'),
	intro: v.optional(v.string(), ''),
	steps: v.pipe(
		v.array(stepSchema, 'steps must be a list ([.steps])'),
		v.minLength(MIN_STEPS, `needs at least ${MIN_STEPS} steps`),
		v.maxLength(MAX_STEPS, `needs at most ${MAX_STEPS} steps`)
	)
});
const freeform = v.array(
	v.object({ type: v.picklist(['text', 'heading', 'insert']), value: v.string() }),
	'must be a freeform list ([+name])'
);
const copySchema = v.object({
	headline: nonEmpty('headline'),
	title: nonEmpty('title'),
	dek: nonEmpty('dek'),
	description: nonEmpty('description'),
	published: isoDate('published'),
	updated: isoDate('updated'),
	byline: nonEmpty('byline'),
	publisher: nonEmpty('publisher'),
	shortName: nonEmpty('shortName'),
	intro: freeform,
	chapters: v.array(chapterSchema, 'chapters must be a list ([chapters])'),
	methods: freeform,
	credits: freeform,
	licence: freeform,
	contested: v.object(
		{
			caption: nonEmpty('caption'),
			figure: nonEmpty('figure'),
			who: nonEmpty('who'),
			kind: nonEmpty('kind'),
			share: nonEmpty('share'),
			noShare: nonEmpty('noShare'),
			quantities: v.pipe(
				v.record(v.string(), nonEmpty('quantity label')),
				v.check((q) => Object.keys(q).length > 0, 'names no quantity')
			),
			kinds: v.strictObject(
				Object.fromEntries(ESTIMATE_KINDS.map((k) => [k, nonEmpty(`kind "${k}"`)])) as Record<
					EstimateKind,
					ReturnType<typeof nonEmpty>
				>,
				(i) => `kinds must name exactly ${ESTIMATE_KINDS.join(', ')} (found ${String(i.received)})`
			)
		},
		'contested must be an object ({contested})'
	),
	endTitles: v.object(
		Object.fromEntries(END_TITLES.map((k) => [k, nonEmpty(k)])) as Record<
			keyof EndTitles,
			ReturnType<typeof nonEmpty>
		>,
		'endTitles must be an object ({endTitles})'
	),
	corrections: v.array(
		v.object({ date: isoDate('correction date'), text: nonEmpty('correction text') })
	)
});

export type RawCopy = v.InferOutput<typeof copySchema>;

/** Parse and shape-check the ArchieML text; messages name the key that is wrong. */
export function parseCopy(aml: string, file = 'story.aml'): RawCopy {
	const parsed = archieml.load(aml) as Record<string, unknown>;
	const result = v.safeParse(copySchema, parsed);
	if (!result.success) {
		const issue = result.issues[0];
		const path = (issue.path ?? [])
			.map((p) => (typeof p.key === 'number' ? `#${p.key + 1}` : String(p.key)))
			.join(' › ');
		throw new CopyError(
			`Invalid copy in src/content/${file}${path ? ` at ${path}` : ''}: ${issue.message}`
		);
	}
	const slugs = result.output.chapters.map((c) => c.slug);
	if (slugs.join() !== CHAPTER_SLUGS.join()) {
		throw new CopyError(
			`Invalid copy in src/content/${file}: chapters must be, in order, ${CHAPTER_SLUGS.join(', ')} (found ${slugs.join(', ')})`
		);
	}
	return result.output;
}

/** What an "insert:" line in the end matter can place: the contested table, the source list. */
export const INSERTS = ['contested', 'sources'] as const;

/** Resolve placeholders and markup throughout the copy. */
export function buildStory(raw: RawCopy, lookup: Lookup): Story {
	const html = (text: string, where: string, used?: Set<string>) =>
		paragraphs(text).map((p) => inlineHtml(resolvePlaceholders(p, lookup, where, used)));
	const plain = (text: string, where: string, used?: Set<string>) =>
		plainText(resolvePlaceholders(text.replace(/\s+/g, ' ').trim(), lookup, where, used));
	const blocks = (list: RawCopy['methods'], where: string): Block[] =>
		list.flatMap((b): Block[] => {
			if (b.type === 'insert' && !(INSERTS as readonly string[]).includes(b.value.trim()))
				throw new CopyError(
					`Invalid copy in ${where}: "insert: ${b.value.trim()}" names nothing; expected ${INSERTS.join(' or ')}`
				);
			if (b.type === 'heading' || b.type === 'insert')
				return [{ type: b.type, value: plain(b.value, where) }];
			return html(b.value, where).map((value) => ({ type: 'text', value }));
		});

	return {
		meta: {
			headline: plain(raw.headline, 'the headline'),
			title: plain(raw.title, 'the title'),
			dek: plain(raw.dek, 'the dek'),
			description: plain(raw.description, 'the description'),
			published: raw.published,
			updated: raw.updated,
			byline: plain(raw.byline, 'the byline'),
			publisher: plain(raw.publisher, 'the publisher'),
			shortName: plain(raw.shortName, 'the short name')
		},
		intro: raw.intro.flatMap((b) => html(b.value, 'the introduction')),
		chapters: raw.chapters.map((c, ci) => ({
			slug: c.slug,
			n: ci + 1,
			kicker: plain(c.kicker, `chapter ${c.slug}, kicker`),
			title: plain(c.title, `chapter ${c.slug}, title`),
			description: plain(c.description, `chapter ${c.slug}, description`),
			intro: c.intro ? html(c.intro, `chapter ${c.slug}, intro`) : [],
			steps: c.steps.map((s, si) => {
				const where = `chapter ${c.slug}, step ${si + 1}`;
				const used = new Set<string>();
				return {
					id: stepId(c.slug, si + 1),
					n: si + 1,
					paragraphs: html(s.text, where, used),
					alt: plain(s.alt, `${where}, alt`, used),
					uses: [...used]
				};
			})
		})),
		methods: blocks(raw.methods, 'the methods note'),
		credits: blocks(raw.credits, 'the credits'),
		licence: blocks(raw.licence, 'the licence'),
		contested: {
			caption: plain(raw.contested.caption, 'contested, caption'),
			figure: plain(raw.contested.figure, 'contested, figure'),
			who: plain(raw.contested.who, 'contested, who'),
			kind: plain(raw.contested.kind, 'contested, kind'),
			share: plain(raw.contested.share, 'contested, share'),
			noShare: plain(raw.contested.noShare, 'contested, noShare'),
			quantities: Object.entries(raw.contested.quantities).map(([id, label]) => ({
				id,
				label: plain(label, `contested, quantity ${id}`)
			})),
			kinds: Object.fromEntries(
				ESTIMATE_KINDS.map((k) => [k, plain(raw.contested.kinds[k], `contested, kind ${k}`)])
			) as Record<EstimateKind, string>
		},
		endTitles: Object.fromEntries(
			END_TITLES.map((k) => [k, plain(raw.endTitles[k], `endTitles, ${k}`)])
		) as EndTitles,
		corrections: raw.corrections.map((c) => ({
			date: c.date,
			html: inlineHtml(resolvePlaceholders(c.text, lookup, `correction of ${c.date}`))
		}))
	};
}
