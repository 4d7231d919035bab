// Fills the story page's static fragments and islands (see $lib/fragments.ts) with markup drawn
// here, after SvelteKit has rendered the page, then the fragments inside those. Each fragment's
// component carries its own styles (css: 'injected'), gathered once into the page's head; an
// island's styles are the page's own, as the browser imports its component.
import { render } from 'svelte/server';
import Byline from '../components/Byline.svelte';
import ChapterSection from '../components/ChapterSection.svelte';
import DataTable from '../components/DataTable.svelte';
import EndMatter from '../components/EndMatter.svelte';
import Paragraphs from '../components/Paragraphs.svelte';
import StepList from '../components/StepList.svelte';
import StepText from '../components/StepText.svelte';
import StoryHeader from '../components/StoryHeader.svelte';
import type { FragmentId, IslandId } from '../fragments.ts';
import { tableFor } from '../graphics/tables.ts';
import { isRegisteredStep } from '../graphics/registry.ts';
import { chapterStep } from '../scroll/geometry.ts';
import { forStep, isChapterSlug, type StepId } from '../story/chapters.ts';
import { republishPath, sharePath, storyPath } from '../urls.ts';
import { getContent } from './content.ts';
import { storyPageData } from './page-data.ts';

const MARKER = /<div class="fragment" data-fragment="([^"]+)"><\/div>/g;
const ISLAND = /<div class="island" data-island="([^"]+)"><\/div>/g;

/** An island's markup, drawn with the props the story page gives it before the reader scrolls
 * (StoryPage.svelte): the browser hydrates it with those. */
function drawIsland(id: string, root: string): { head: string; body: string } {
	const [kind, slug = ''] = id.split(':');
	const { story, states, texts } = storyPageData();
	if (id === 'header') {
		return render(StoryHeader, {
			props: {
				meta: story.meta,
				shareHref: `${root}${storyPath()}`,
				republishHref: `${root}${republishPath()}`
			}
		});
	}
	const chapter = story.chapters.find((ch) => ch.slug === slug);
	if (kind === 'chapter' && chapter) {
		const steps = (ch: typeof chapter) => ch.steps.map((st) => st.id);
		return render(ChapterSection, {
			props: {
				chapter,
				activeStep: chapterStep(steps(chapter), story.chapters.flatMap(steps), null) as StepId,
				states,
				texts,
				ready: false,
				ahead: false,
				shareHref: `${root}${sharePath(chapter.slug)}`,
				storyName: story.meta.shortName
			}
		});
	}
	throw new Error(`The page asks for an island that does not exist: "${id}"`);
}

/** root: the relative way from the page to the site's root, for links in what is drawn. */
function draw(id: string, root: string): { head: string; body: string } {
	const c = getContent();
	if (id === 'end-matter') {
		const { methods, credits, licence, contested, endTitles, corrections } = c.story;
		return render(EndMatter, {
			props: {
				methods,
				credits,
				licence,
				contested,
				titles: endTitles,
				corrections,
				sources: c.data.sources,
				estimates: c.data.estimates
			}
		});
	}
	if (id === 'byline') return render(Byline, { props: { meta: c.story.meta } });
	const [kind, of = ''] = id.split(':');
	if (kind === 'intro' && of === 'story') {
		return render(Paragraphs, { props: { paragraphs: c.story.intro } });
	}
	const chapter = isChapterSlug(of) ? c.story.chapters.find((ch) => ch.slug === of) : undefined;
	if (kind === 'intro' && chapter) {
		return render(Paragraphs, { props: { paragraphs: chapter.intro, kind: 'intro' } });
	}
	if (kind === 'steps' && chapter) {
		return render(StepList, { props: { steps: chapter.steps, chapter: chapter.title, root } });
	}
	if (kind === 'text' && isRegisteredStep(of)) {
		const step = c.story.chapters.flatMap((ch) => ch.steps).find((st) => st.id === of)!;
		return render(StepText, { props: { step } });
	}
	if (kind === 'table' && isRegisteredStep(of)) {
		return render(DataTable, { props: { table: tableFor(forStep(c.states, of), c.charts) } });
	}
	throw new Error(`The page asks for a static fragment that does not exist: "${id}"`);
}

/** Hydration markers mean nothing in markup that is never hydrated (and Svelte keeps no other
 * comments). */
const unmark = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

/**
 * The copy may link a site path ("[the data](/data/)"): from the page it must go through the
 * page's root, or it breaks under a base path and in a plain copy in a folder.
 */
export const rootSiteLinks = (html: string, root: string) =>
	html.replace(/href="\/(?!\/)/g, `href="${root}/`);

/** Fills every marked element in html, and those in what it draws; collects their styles. An
 * island keeps its hydration markers; a static fragment's are dropped. */
function fill(html: string, root: string, styles: Set<string>): string {
	const into = (whole: string, { head, body }: { head: string; body: string }) => {
		for (const style of head.match(/<style[\s\S]*?<\/style>/g) ?? []) styles.add(style);
		return whole.replace('></div>', `>${fill(body, root, styles)}</div>`);
	};
	return html
		.replace(ISLAND, (whole, id: IslandId) => into(whole, drawIsland(id, root)))
		.replace(MARKER, (whole, id: FragmentId) => {
			const { head, body } = draw(id, root);
			return into(whole, { head, body: rootSiteLinks(unmark(body), root) });
		});
}

/** root: the relative way from the page to the site's root (urls.ts, rootFrom). */
export function fillFragments(html: string, root: string): string {
	const styles = new Set<string>();
	const filled = fill(html, root, styles);
	return styles.size ? filled.replace('</head>', `${[...styles].join('')}</head>`) : filled;
}
