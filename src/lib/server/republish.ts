// The republish kit, generated at build time from the same copy and data as the story: the whole
// story as clean HTML for another site's editor, and the embed codes for each chapter's chart.
// Pure functions of their input (the story, the sources, the estimates, the graphic texts and a
// function that makes absolute URLs), so tests can call them directly.
import { contestedGroups } from '../copy/contested.ts';
import type { Block, Chapter, ContestedCopy, Story } from '../copy/story.ts';
import { escapeHtml } from '../copy/markup.ts';
import type { Estimate, Source } from '../data/schema.ts';
import { formatDate } from '../format.ts';
import type { GraphicTexts } from '../graphics/data.ts';
import { KEY_STEPS, REPUBLISH_ALSO } from '../graphics/registry.ts';
import type { ChartState } from '../graphics/states.ts';
import { DOWNLOAD_HEIGHT, DOWNLOAD_WIDTH } from '../graphics/sizes.ts';
import { CONTENT_LICENCE, creditLine } from '../licence.ts';
import { siteOnlyHost } from '../source-link.ts';
import { titleParts } from '../source-title.ts';
import type { ChapterSlug, StepId } from '../story/chapters.ts';
import { embedPath, graphicPath, sharePath, storyPath } from '../urls.ts';

/** Makes an absolute URL from a site path ("/s/exile/"). */
export type Absolute = (path: string) => string;

export interface RepublishInput {
	story: Story;
	sources: Source[];
	/** For the methods note's table of contested figures. */
	estimates: Estimate[];
	texts: GraphicTexts;
	states: Record<StepId, ChartState>;
	absolute: Absolute;
}

/** Heights the host page's script accepts from an embed, in CSS pixels. */
export const EMBED_MIN_HEIGHT = 200;
export const EMBED_MAX_HEIGHT = 4000;
/** The iframe's height before the embed reports its own, and for good where the host strips the
 * script: every chapter's embed, whole, in a column EMBED_MIN_COLUMN wide or wider (a browser
 * test holds this). Its numbers are behind a disclosure, so they do not count. */
export const EMBED_INITIAL_HEIGHT = 1200;
export const EMBED_MIN_COLUMN = 300;

const esc = escapeHtml;

/** Links in the copy are absolute in the republished text: "#methods" means the original's. */
function absoluteLinks(html: string, absolute: Absolute): string {
	return html.replace(/href="([^"]*)"/g, (_, href: string) => {
		if (href.startsWith('#')) return `href="${esc(absolute(storyPath()))}${href}"`;
		if (href.startsWith('/')) return `href="${esc(absolute(href))}"`;
		return `href="${href}"`;
	});
}

const stepsOf = (c: Chapter) => c.steps.map((s) => s.id);

/**
 * The static images that stand for a chapter's sequence, in reading order: its key step, plus
 * the last step of each other chart the chapter uses (the exile chapter has a map, the deaths and
 * the population), so no chart is left out, plus the steps whose text describes their own
 * picture (REPUBLISH_ALSO).
 */
export function republishFigures(chapter: Chapter, states: Record<StepId, ChartState>): StepId[] {
	const key = KEY_STEPS[chapter.slug];
	const keyChart = states[key]?.chart;
	const lastOfChart = new Map<string, StepId>();
	for (const id of stepsOf(chapter)) {
		const chart = states[id]?.chart;
		if (chart && chart !== keyChart) lastOfChart.set(chart, id);
	}
	const also = stepsOf(chapter).filter((id) => (REPUBLISH_ALSO as readonly StepId[]).includes(id));
	const picked = new Set<StepId>([key, ...lastOfChart.values(), ...also]);
	return stepsOf(chapter).filter((id) => picked.has(id));
}

function figureHtml(input: RepublishInput, chapter: Chapter, id: StepId, credit: string): string {
	const { texts, states, absolute } = input;
	const step = chapter.steps.find((s) => s.id === id)!;
	const text = texts[states[id]!.chart];
	return [
		'<figure>',
		`<img src="${esc(absolute(graphicPath(id, 'png')))}" width="${DOWNLOAD_WIDTH}" height="${DOWNLOAD_HEIGHT}" alt="${esc(step.alt)}" referrerpolicy="no-referrer" style="max-width:100%;height:auto">`,
		`<figcaption>${esc(text.title)}. ${esc(text.source)} Graphic: ${esc(credit)}. <a href="${esc(absolute(sharePath(chapter.slug)))}">See this chart change step by step in the interactive chapter “${esc(chapter.title)}”</a>.</figcaption>`,
		'</figure>'
	].join('\n');
}

function sourceHtml(s: Source): string {
	const site = s.url ? siteOnlyHost(s.url) : undefined;
	const title = s.url && !site ? `<a href="${esc(s.url)}">${citeHtml(s)}</a>` : citeHtml(s);
	const siteLink = site ? ` Site: <a href="${esc(s.url!)}">${esc(site)}</a>.` : '';
	return `<li>${esc(s.author)}${s.year ? ` (${s.year})` : ''}. ${title}. ${esc(s.publisher)}.${siteLink}</li>`;
}

/** A source's title as a citation, its original marked with its language (source-title.ts). */
function citeHtml(s: Source): string {
	const { original, lang, gloss } = titleParts(s);
	return lang
		? `<cite><span lang="${esc(lang)}">${esc(original)}</span> (${esc(gloss!)})</cite>`
		: `<cite>${esc(original)}</cite>`;
}

/** The methods note's table of contested figures, plain: a body per group, headed by its label.
 * Scopes tie each figure to its column and its group for a screen reader, as in the story. */
function contestedHtml(copy: ContestedCopy, estimates: Estimate[]): string {
	const heads = [copy.figure, copy.who, copy.share].map((v) => `<th scope="col">${esc(v)}</th>`);
	const groups = contestedGroups(copy, estimates).map((g) =>
		[
			'<tbody>',
			`<tr><th scope="rowgroup" colspan="3">${esc(g.label)}</th></tr>`,
			...g.rows.map(
				(r) =>
					`<tr><th scope="row">${esc(r.figure)}</th><td>${esc(r.who)}<br>${esc(r.kind)}</td><td>${esc(r.share || copy.noShare)}</td></tr>`
			),
			'</tbody>'
		].join('\n')
	);
	return [
		'<table>',
		`<caption>${esc(copy.caption)}</caption>`,
		`<thead><tr>${heads.join('')}</tr></thead>`,
		...groups,
		'</table>'
	].join('\n');
}

/**
 * The whole story as HTML another site can paste into its editor: headings, paragraphs, links,
 * figures with the chart images, the methods note with its table of contested figures (from
 * `estimates`), and the source list. No script, no style element, no class, no
 * iframe and nothing that reports a reader: the only thing it loads is the chart PNGs, which the
 * republisher is asked to download and host themselves.
 */
export function republishHtml(input: RepublishInput): string {
	const { story, sources, absolute } = input;
	const m = story.meta;
	const credit = creditLine(m);
	const storyUrl = absolute(storyPath());
	const licence = `<a href="${CONTENT_LICENCE.url}" rel="license">${CONTENT_LICENCE.name}</a>`;
	const original = `<a href="${esc(storyUrl)}">${esc(storyUrl)}</a>`;
	const para = (html: string) => `<p>${absoluteLinks(html, absolute)}</p>`;
	const dated =
		m.updated !== m.published
			? `Published ${esc(formatDate(m.published, 'day'))}, updated ${esc(formatDate(m.updated, 'day'))}.`
			: `Published ${esc(formatDate(m.published, 'day'))}.`;

	const out: string[] = [
		`<!-- “${esc(m.headline)}”, first published by ${esc(m.publisher)} at ${esc(storyUrl)} under ${CONTENT_LICENCE.name} (${CONTENT_LICENCE.url}). Credit: ${esc(credit)}. If your page can have one, please add to its head: <link rel="canonical" href="${esc(storyUrl)}"> -->`,
		'<article>',
		`<h1>${esc(m.headline)}</h1>`,
		`<p><strong>${esc(m.dek)}</strong></p>`,
		`<p>${esc(m.byline)}. ${dated}</p>`,
		`<p>First published by ${esc(m.publisher)} under ${licence}: ${original}. Credit: ${esc(credit)}. The original has interactive graphics, with a written description and a table of the numbers for each of them.</p>`,
		...story.intro.map(para)
	];

	for (const chapter of story.chapters) {
		const figures = new Set(republishFigures(chapter, input.states));
		out.push(`<h2>${esc(chapter.title)}</h2>`, ...chapter.intro.map(para));
		for (const step of chapter.steps) {
			out.push(...step.paragraphs.map(para));
			if (figures.has(step.id)) out.push(figureHtml(input, chapter, step.id, credit));
		}
	}

	// The methods note travels with the story: where the sources disagree, it says who says what
	// and why, and a republished copy should not lose that. Its source list is the kit's own.
	const sorted = [...sources].sort((a, b) => a.author.localeCompare(b.author));
	const methodsBlock = (block: Block) => {
		if (block.type === 'heading') return `<h3>${esc(block.value)}</h3>`;
		if (block.type === 'insert' && block.value === 'contested')
			return contestedHtml(story.contested, input.estimates);
		if (block.type === 'insert' && block.value === 'sources')
			return ['<ol>', ...sorted.map(sourceHtml), '</ol>'].join('\n');
		return para(block.value);
	};
	out.push(`<h2>${esc(story.endTitles.methods)}</h2>`, ...story.methods.map(methodsBlock));

	if (story.corrections.length) {
		out.push(
			`<h2>${esc(story.endTitles.corrections)}</h2>`,
			...story.corrections.map(
				(c) =>
					`<p>Correction, ${esc(formatDate(c.date, 'day'))}: ${absoluteLinks(c.html, absolute)}</p>`
			)
		);
	}

	out.push(
		`<p>This story was first published by ${esc(m.publisher)} at ${original} and is republished under ${licence}. Credit: ${esc(credit)}. Any later corrections: <a href="${esc(storyUrl)}#corrections">${esc(storyUrl)}#corrections</a>.</p>`,
		'</article>'
	);
	return out.join('\n') + '\n';
}

export interface EmbedInfo {
	slug: ChapterSlug;
	/** The chapter's title. */
	title: string;
	storyName: string;
	/** Alt text of the key step's image. */
	alt: string;
	/** Title of the key step's graphic. */
	graphicTitle: string;
	credit: string;
	/** The key step: the state the embed opens on and the image-only code shows. */
	keyStep: StepId;
}

export function embedInfo(input: RepublishInput, slug: ChapterSlug): EmbedInfo {
	const chapter = input.story.chapters.find((c) => c.slug === slug);
	if (!chapter) throw new Error(`No chapter ${slug}`);
	const key = KEY_STEPS[slug];
	const step = chapter.steps.find((s) => s.id === key);
	if (!step) throw new Error(`No step ${key} in chapter ${slug}`);
	return {
		slug,
		title: chapter.title,
		storyName: input.story.meta.shortName,
		alt: step.alt,
		graphicTitle: input.texts[input.states[key]!.chart].title,
		credit: creditLine(input.story.meta),
		keyStep: key
	};
}

/**
 * The code that embeds a chapter's chart in another page: an iframe, a tiny script that sets its
 * height from the embed's size messages (only that iframe's, from its origin), and a plain link for
 * readers whose host drops both. The script finds the iframe by the window a message comes from,
 * not by an id, so that two embeds of one chapter on a page each resize (and the host's HTML keeps
 * its ids unique); with two copies of the script, both set the same height.
 */
export function embedCode(info: EmbedInfo, absolute: Absolute): string {
	const src = absolute(embedPath(info.slug));
	const title = `${info.title}: chart from “${info.storyName}”`;
	return `<iframe data-oh-embed src="${esc(src)}" title="${esc(title)}" width="100%" height="${EMBED_INITIAL_HEIGHT}" style="width:100%;height:${EMBED_INITIAL_HEIGHT}px;border:0" loading="lazy" allow="clipboard-write"></iframe>
<script>
(function () {
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!event.source || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
		var frames = document.querySelectorAll('iframe[data-oh-embed]');
		for (var i = 0; i < frames.length; i++) {
			var iframe = frames[i];
			if (iframe.contentWindow !== event.source) continue;
			if (event.origin !== new URL(iframe.src).origin) return;
			var height = Number(data.height);
			if (!isFinite(height)) return;
			iframe.style.height = Math.min(${EMBED_MAX_HEIGHT}, Math.max(${EMBED_MIN_HEIGHT}, Math.ceil(height))) + 'px';
			return;
		}
	});
})();
</script>
<p><a href="${esc(absolute(sharePath(info.slug)))}">${esc(info.title)}: explore this chart in “${esc(info.storyName)}”</a>. ${esc(info.credit)} (<a href="${CONTENT_LICENCE.url}" rel="license">licence</a>).</p>
`;
}

/** For hosts that allow no script or iframe: the key state's PNG, linked to the chapter. */
export function imageEmbedCode(info: EmbedInfo, absolute: Absolute): string {
	return `<figure>
<a href="${esc(absolute(sharePath(info.slug)))}"><img src="${esc(absolute(graphicPath(info.keyStep, 'png')))}" width="${DOWNLOAD_WIDTH}" height="${DOWNLOAD_HEIGHT}" alt="${esc(info.alt)}" referrerpolicy="no-referrer" style="max-width:100%;height:auto"></a>
<figcaption>${esc(info.graphicTitle)}. Graphic: ${esc(info.credit)} (<a href="${CONTENT_LICENCE.url}" rel="license">licence</a>).</figcaption>
</figure>
`;
}
