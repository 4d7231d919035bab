import { getContent } from '$lib/server/content';
import { storyJsonLd } from '$lib/server/jsonld';
import { storyMeta } from '$lib/server/meta';
import { storyPageData } from '$lib/server/page-data';

export const load = () => ({
	...storyPageData(),
	meta: storyMeta(getContent()),
	jsonLd: storyJsonLd(getContent())
});
