// Every site path in one place. Paths start with "/" and are relative to the site's base path.
import type { ChapterSlug, StepId } from './story/chapters.ts';

export const storyPath = () => '/';
export const sharePath = (slug: ChapterSlug) => `/s/${slug}/`;
export const cardPath = (slug: ChapterSlug | 'story') => `/cards/${slug}.png`;
export const graphicPath = (step: StepId, ext: 'svg' | 'png') => `/graphics/${step}.${ext}`;
export const embedPath = (slug: ChapterSlug) => `/embed/${slug}/`;
export const dataPath = (file: string) => `/data/${file}`;
export const republishPath = () => '/republish/';
export const republishHtmlPath = () => '/republish/story.html';
export const republishKitPath = () => '/republish/kit.json';

/**
 * The way from the page at pathname back to the site's root, as a relative path ("." or "../.."),
 * written as SvelteKit writes its own links (paths.relative): for markup drawn outside SvelteKit's
 * render (static fragments), which must still work from a plain copy in any folder.
 */
export const rootFrom = (pathname: string, base: string) =>
	pathname
		.slice(base.length)
		.split('/')
		.slice(2)
		.map(() => '..')
		.join('/') || '.';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Every chart's data, fetched with the chart code when the story first draws a graphic. */
export const chartDataPath = () => '/graphics/charts.json';
