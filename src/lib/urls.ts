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

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Every chart's data, fetched with the chart code when the story first draws a graphic. */
export const chartDataPath = () => '/graphics/charts.json';
