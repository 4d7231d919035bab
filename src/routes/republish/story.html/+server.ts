// The whole story as clean HTML, to download: the same text the republish page's field holds.
import { republishKit } from '$lib/server/republish-kit';

export const prerender = true;

export const GET = () =>
	new Response(republishKit().html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
