// The site's public origin and base path, read once from the environment (see site-config.js), and
// absolute URLs built from them: social cards, canonical links and JSON-LD need absolute URLs.
import { readSiteConfig } from '../site-config.js';

export const site = readSiteConfig(process.env);

/** `/s/exile/` → `https://example.org/story/s/exile/` */
export function absoluteUrl(path: string): string {
	return `${site.origin}${site.base}${path}`;
}
