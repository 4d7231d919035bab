import { storyPageData } from '$lib/server/page-data';

export const load = () => storyPageData();
