// What a chapter's chart embed (/embed/<slug>/) needs, trimmed to that chapter: its steps' states,
// texts and tables, the data of the charts it uses, and the links and credit it shows.
import type { ChartData } from '../graphics/data.ts';
import { KEY_STEPS } from '../graphics/registry.ts';
import type { ChartState } from '../graphics/states.ts';
import { tableFor } from '../graphics/tables.ts';
import { CONTENT_LICENCE } from '../licence.ts';
import { forStep, type ChapterSlug, type StepId } from '../story/chapters.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardPath, dataPath, embedPath, sharePath } from '../urls.ts';
import { getContent, type Content } from './content.ts';
import { chapter } from './meta.ts';
import { chapterEmbed, republishInput } from './republish-kit.ts';
import { absoluteUrl } from './site.ts';

export function embedPageData(slug: ChapterSlug, content: Content = getContent()) {
	const c = chapter(content, slug);
	const m = content.story.meta;
	const states = {} as Record<StepId, ChartState>;
	const steps = c.steps.map((s) => {
		const state = forStep(content.states, s.id);
		states[s.id] = state;
		const text = content.texts[state.chart];
		return {
			id: s.id,
			alt: s.alt,
			title: text.title,
			note: text.note,
			source: text.source,
			table: tableFor(state, content.charts)
		};
	});
	// Only the charts this chapter draws: Graphic reads charts[state.chart] and nothing else.
	const kinds = new Set(Object.values(states).map((s) => s.chart));
	const charts = Object.fromEntries(
		Object.entries(content.charts).filter(([kind]) => kinds.has(kind as ChartState['chart']))
	) as unknown as ChartData;
	const embed = chapterEmbed(republishInput(content), slug);
	const key = KEY_STEPS[slug];
	return {
		slug,
		n: c.n,
		title: c.title,
		storyName: m.shortName,
		steps,
		states,
		charts,
		start: Math.max(
			0,
			steps.findIndex((s) => s.id === key)
		),
		credit: embed.credit,
		licence: { name: CONTENT_LICENCE.name, url: CONTENT_LICENCE.url },
		storyUrl: absoluteUrl(sharePath(slug)),
		dataUrl: absoluteUrl(dataPath('')),
		code: embed.code,
		imageCode: embed.imageCode,
		meta: {
			title: `${c.title}: chart from ${m.shortName}`,
			description: c.description,
			url: absoluteUrl(embedPath(slug)),
			canonical: absoluteUrl(sharePath(slug)),
			image: {
				url: absoluteUrl(cardPath(slug)),
				width: CARD_WIDTH,
				height: CARD_HEIGHT,
				alt: `${c.title}, from ${m.shortName}. ${embed.alt}`
			},
			siteName: m.publisher,
			noindex: true
		}
	};
}

export type EmbedPageData = ReturnType<typeof embedPageData>;
