// The site's 404 page, for static hosts that serve /404.html for missing paths. Self-contained
// (inline style and icon, no script, no file) because it can be served at any depth of the site.
import { getContent } from '$lib/server/content';
import { faviconDataUrl } from '$lib/server/favicon';
import { site } from '$lib/server/site';

export const prerender = true;

export const GET = () => {
	const meta = getContent().story.meta;
	const home = `${site.base}/`;
	const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
	const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<link rel="icon" href="${faviconDataUrl()}" type="image/png" sizes="32x32">
<title>Page not found: ${esc(meta.shortName)}</title>
<style>body{margin:0;background:#f7f5f0;color:#1c1b19;font:1.125rem/1.6 Charter,'Bitstream Charter',Cambria,'Noto Serif','DejaVu Serif',Georgia,serif}main{max-width:36rem;margin:0 auto;padding:3rem 1rem}h1{font-family:system-ui,sans-serif}a{color:inherit}</style>
</head>
<body>
<main>
<h1>Page not found</h1>
<p>There is nothing at this address. The story “${esc(meta.headline)}” starts on its <a href="${home}">first page</a>.</p>
</main>
</body>
</html>
`;
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
