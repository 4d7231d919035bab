// How a source's link is shown. Some sources are known only by their site: the document's own
// address was not recorded. Such a link is given as the site's, never on the work's title, so a
// title does not promise a document its link does not lead to.

/** The host ("culture.ru") of a link to a site's home page; undefined for a link to the work. */
export function siteOnlyHost(url: string): string | undefined {
	const u = new URL(url);
	return u.pathname === '/' && !u.search ? u.host.replace(/^www\./, '') : undefined;
}
