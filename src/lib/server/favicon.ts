// The site's icon, inlined into every page as a small PNG. Chromium fetches and decodes a page's
// icon again whenever its URL changes, a new fragment included, and the story's URL follows the
// chapter the reader is in. As a file, that was a request at every chapter; as an SVG, a document
// built on the main thread as well, 13 to 22 ms each time on a slow phone (4x), mid-scroll. A
// 32-pixel PNG written into the page costs neither. static/favicon.svg is the drawing it is made
// from (and stays at /favicon.svg for anything that asks for it).
import svg from '../../../static/favicon.svg?raw';
import { svgToPng } from './render-graphic';

let dataUrl: string | undefined;

/** The icon as a data: URL, rasterised once per build. */
export function faviconDataUrl(): string {
	dataUrl ??= `data:image/png;base64,${svgToPng(svg).toString('base64')}`;
	return dataUrl;
}
