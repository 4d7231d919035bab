import { getContent } from '$lib/server/content';
import { storyMeta } from '$lib/server/meta';
import { EMBED_INITIAL_HEIGHT, EMBED_MIN_COLUMN, republishFigures } from '$lib/server/republish';
import { chapterEmbed, republishInput, republishKit } from '$lib/server/republish-kit';
import { absoluteUrl } from '$lib/server/site';
import { embedPath, graphicPath, republishPath } from '$lib/urls';

export const load = () => {
	const content = getContent();
	const input = republishInput(content);
	const story = storyMeta(content);
	return {
		kit: republishKit(content),
		meta: {
			...story,
			title: `Republish “${content.story.meta.headline}”`,
			description: `How to republish “${content.story.meta.headline}” under CC BY 4.0: the rules, the whole story as HTML, and embed codes for each chart.`,
			url: absoluteUrl(republishPath()),
			canonical: absoluteUrl(republishPath())
		},
		storyMeta: content.story.meta,
		/** The images the story's HTML shows, in its order: a republisher who hosts them fetches
		 * these and no others. */
		images: content.story.chapters.flatMap((c) =>
			republishFigures(c, content.states).map((id) => ({ id, path: graphicPath(id, 'png') }))
		),
		/** The embed's height where a host strips its script, and the narrowest column it fits. */
		embedFit: { height: EMBED_INITIAL_HEIGHT, column: EMBED_MIN_COLUMN },
		embeds: content.story.chapters.map((c) => ({
			n: c.n,
			path: embedPath(c.slug),
			...chapterEmbed(input, c.slug)
		}))
	};
};
