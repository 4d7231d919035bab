// Fills the story page's static fragments (see $lib/fragments.ts) with markup drawn here, after
// SvelteKit has rendered the page, then the fragments inside those. Each fragment's component
// carries its own styles (css: 'injected'), gathered once into the page's head.
import { render } from 'svelte/server';
import Byline from '../components/Byline.svelte';
import DataTable from '../components/DataTable.svelte';
import EndMatter from '../components/EndMatter.svelte';
import Paragraphs from '../components/Paragraphs.svelte';
import StepList from '../components/StepList.svelte';
import StepText from '../components/StepText.svelte';
import type { FragmentId } from '../fragments.ts';
import { tableFor } from '../graphics/tables.ts';
import { isRegisteredStep } from '../graphics/registry.ts';
import { forStep, isChapterSlug } from '../story/chapters.ts';
import { getContent } from './content.ts';

const MARKER = /<div class="fragment" data-fragment="([^"]+)"><\/div>/g;

/** root: the relative way from the page to the site's root, for links in what is drawn. */
function draw(id: string, root: string): { head: string; body: string } {
	const c = getContent();
	if (id === 'end-matter') {
		const { methods, credits, licence, contested, corrections } = c.story;
		return render(EndMatter, {
			props: {
				methods,
				credits,
				licence,
				contested,
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
		return render(StepList, { props: { steps: chapter.steps, root } });
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

/** Fills every marked element in html, and those in what it draws; collects their styles. */
function fill(html: string, root: string, styles: Set<string>): string {
	return html.replace(MARKER, (whole, id: FragmentId) => {
		const { head, body } = draw(id, root);
		for (const style of head.match(/<style[\s\S]*?<\/style>/g) ?? []) styles.add(style);
		return whole.replace('></div>', `>${fill(unmark(body), root, styles)}</div>`);
	});
}

/** root: the relative way from the page to the site's root (urls.ts, rootFrom). */
export function fillFragments(html: string, root: string): string {
	const styles = new Set<string>();
	const filled = fill(html, root, styles);
	return styles.size ? filled.replace('</head>', `${[...styles].join('')}</head>`) : filled;
}
