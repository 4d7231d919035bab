import { getContent } from '$lib/server/content';
import { datasets } from '$lib/server/datasets';
import { storyMeta } from '$lib/server/meta';
import { absoluteUrl } from '$lib/server/site';
import { DOWNLOAD_HEIGHT, DOWNLOAD_WIDTH } from '$lib/graphics/sizes';
import { CONTENT_LICENCE, creditLine } from '$lib/licence';
import { forStep } from '$lib/story/chapters';
import { dataPath, graphicPath } from '$lib/urls';

export const load = () => {
	const content = getContent();
	const m = content.story.meta;
	return {
		meta: {
			...storyMeta(content),
			title: `Data and downloads: ${m.shortName}`,
			description: `Every dataset behind “${m.headline}” as CSV, with its sources, and every state of every graphic as PNG and SVG. ${CONTENT_LICENCE.name}.`,
			url: absoluteUrl(dataPath('')),
			canonical: absoluteUrl(dataPath(''))
		},
		storyMeta: m,
		credit: creditLine(m),
		licence: { name: CONTENT_LICENCE.name, title: CONTENT_LICENCE.title, url: CONTENT_LICENCE.url },
		datasets: datasets(content),
		// PNGs are drawn at twice the graphic's size (src/lib/server/downloads.ts).
		png: { width: DOWNLOAD_WIDTH * 2, height: DOWNLOAD_HEIGHT * 2 },
		chapters: content.story.chapters.map((c) => ({
			slug: c.slug,
			n: c.n,
			title: c.title,
			steps: c.steps.map((s) => ({
				id: s.id,
				n: s.n,
				alt: s.alt,
				title: content.texts[forStep(content.states, s.id).chart].title,
				png: graphicPath(s.id, 'png'),
				svg: graphicPath(s.id, 'svg')
			}))
		}))
	};
};
