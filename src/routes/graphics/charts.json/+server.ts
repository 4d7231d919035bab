// The data every chart draws from, as one file: the story page fetches it with the chart code
// when a graphic is first needed, instead of carrying it in the page (see $lib/graphics/lazy.ts).
import { json } from '@sveltejs/kit';
import { getContent } from '$lib/server/content';

export const prerender = true;

export const GET = () => json(getContent().charts);
