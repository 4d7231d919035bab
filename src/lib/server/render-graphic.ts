// Server-side rendering of a graphic state to a standalone SVG, and SVG to PNG with resvg. No
// browser: the same chart components the page uses, rendered by svelte/server.
import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import type { ChartData } from '../graphics/data.ts';
import { spareContext } from '../graphics/spare.ts';
import { PAPER } from '../graphics/palette.ts';
import StandaloneGraphic from '../graphics/StandaloneGraphic.svelte';
import { FONT_FILES, measureLabel } from './font-metrics.ts';
import { estimate, measuringWith, wrap, wrapPretty, type Measure } from '../graphics/text.ts';
import { INK, INK_SOFT, RULE } from '../graphics/palette.ts';
import type { ChartState } from '../graphics/states.ts';

/**
 * Who draws a file's text, and so which widths lay it out: resvg, in the bundled face alone (a
 * PNG), or whoever opens an SVG (a browser showing a still image, a reader's editor), in their own
 * sans-serif, for which the page's wider estimate is made.
 */
export type Face = 'bundled' | 'reader';
const measureFor = (face: Face): Measure => (face === 'bundled' ? measureLabel : estimate);

/**
 * The chart's inner SVG markup (everything inside its <svg>), at a given size, and the height it
 * leaves empty at the foot of its box (see graphics/spare.ts; 0 for a chart that fills it).
 */
export function graphicInner(
	state: ChartState,
	charts: ChartData,
	width: number,
	height: number,
	face: Face = 'reader'
): { svg: string; spare: number } {
	let spare = 0;
	// Laid out for the face that will draw it. Svelte renders when `body` is read, so it is read in
	// here.
	const body = measuringWith(
		measureFor(face),
		() =>
			render(StandaloneGraphic, {
				props: { state, charts, width, height },
				context: spareContext((px) => (spare = px))
			}).body
	);
	const start = body.indexOf('<svg');
	const open = body.indexOf('>', start);
	const end = body.lastIndexOf('</svg>');
	if (start < 0 || end < 0) throw new Error(`Rendering ${state.chart} produced no <svg>`);
	// Drop Svelte's hydration comments: they mean nothing in a file.
	const inner = body.slice(open + 1, end).replace(/<!--[\s\S]*?-->/g, '');
	// LayerCake places its <svg> inside the chart's padding with CSS (top, left), which a file
	// drops with the <svg> itself: keep that offset, or axis titles and labels drawn in the
	// padding end up outside the picture.
	const tag = body.slice(start, open + 1);
	const offset = (prop: string) =>
		Number(new RegExp(`(?:^|[\\s;"])${prop}:\\s*(-?[\\d.]+)px`).exec(tag)?.[1] ?? 0);
	const [x, y] = [offset('left'), offset('top')];
	return { svg: x || y ? `<g transform="translate(${x} ${y})">${inner}</g>` : inner, spare };
}

const esc = (s: string) =>
	s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The bundled face every file's own text is set in (see FONT_FILES). */
const FONT = "'Source Sans 3', sans-serif";

/** Lines of text from a first baseline `y`, `lh` apart, as <tspan>s for one <text>. */
const tspans = (lines: string[], x: number, y: number, lh: number) =>
	lines.map((l, i) => `<tspan x="${x}" y="${y + i * lh}">${esc(l)}</tspan>`).join('');

export interface SvgOptions {
	/** Text for the SVG's <title>, read by assistive technology when the file is used alone. */
	title?: string;
	/** The chart's title, set above it, so the file says what it shows wherever it goes. */
	heading?: string;
	/** A line under the chart: its note, source and licence. */
	footer?: string;
	padding?: number;
	/** Who draws the text: 'bundled' for a PNG; an SVG file is drawn by whoever opens it. */
	face?: Face;
}

/** Word wrap, measured for `face`; `pretty` never leaves one word alone on the last line. */
const wrapFor = (
	face: Face,
	text: string,
	maxWidth: number,
	size: number,
	bold = false,
	pretty = false
) =>
	measuringWith(measureFor(face), () => (pretty ? wrapPretty : wrap)(text, maxWidth, size, bold));

/** A complete, standalone SVG file of a graphic state. */
export function graphicSvg(
	state: ChartState,
	charts: ChartData,
	width: number,
	height: number,
	options: SvgOptions = {}
): string {
	const pad = options.padding ?? 16;
	const face = options.face ?? 'reader';
	const headingLines = options.heading
		? wrapFor(face, options.heading, width - 2 * pad, 15, true)
		: [];
	const headingHeight = headingLines.length ? headingLines.length * 19 + 8 : 0;
	const footerLines = options.footer ? wrapFor(face, options.footer, width - 2 * pad, 12) : [];
	const footerHeight = footerLines.length ? footerLines.length * 15 + 10 : 0;
	const { svg: inner, spare } = graphicInner(
		state,
		charts,
		width - 2 * pad,
		height - 2 * pad - headingHeight - footerHeight,
		face
	);
	// A chart that ends above its box has its footer brought up under it, and heading, chart and
	// footer are centred in the picture together, as in the story's panel.
	const shift = spare / 2;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
		options.title ? `<title>${esc(options.title)}</title>` : '',
		`<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
		headingLines.length
			? `<text font-family="${FONT}" font-size="15" font-weight="700" fill="${INK}">${tspans(headingLines, pad, pad + shift + 14, 19)}</text>`
			: '',
		`<g transform="translate(${pad} ${pad + shift + headingHeight})">${inner}</g>`,
		footerLines.length
			? `<text font-family="${FONT}" font-size="12" fill="${INK_SOFT}">${tspans(footerLines, pad, height - pad - shift - (footerLines.length - 1) * 15, 15)}</text>`
			: '',
		'</svg>'
	].join('');
}

/** Rasterise an SVG string to PNG at `scale` × its size, with the bundled fonts only. */
export function svgToPng(svg: string, scale = 1): Buffer {
	// resvg aborts the whole process on some invalid geometry (NaN, negative sizes, coordinates far
	// out of range); fail with a readable message first.
	const bad = /NaN|Infinity|(?:width|height|r)="-|(?<![\d.])-?\d{6,}(?:\.\d+)?(?=[ ,)"])/.exec(svg);
	if (bad) {
		throw new Error(
			`Refusing to rasterise an SVG with invalid geometry near: ${svg.slice(Math.max(0, bad.index - 120), bad.index + 40)}`
		);
	}
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' }
	});
	return resvg.render().asPng();
}

export interface CardText {
	/** "Chapter 3 · 8–9 March 1944" */
	kicker: string;
	title: string;
	storyName: string;
	publisher: string;
	/** A credit the graphic's data asks for (a map's), set small under it. */
	credit?: string;
}

/**
 * A 1200×630 social card: the chapter's title beside its graphic in its key state. The text is
 * real text, set in the bundled font, so it renders the same on any build machine.
 */
export function cardSvg(state: ChartState, charts: ChartData, text: CardText): string {
	const W = 1200;
	const H = 630;
	const textX = 56;
	const textW = 470;
	// Headlines never end on one stranded word ("Fourteen trains / east").
	const titleLines = wrapFor('bundled', text.title, textW, 60, true, true).slice(0, 4);
	const storyLines = wrapFor('bundled', text.storyName, textW, 30, true, true).slice(0, 2);
	// Laid out at phone size and scaled up, so its labels stay legible in a thumbnail preview.
	const zoom = 1.55;
	// A chart that ends above its box is centred in it.
	const { svg: chart, spare } = graphicInner(
		state,
		charts,
		Math.round(600 / zoom),
		Math.round(560 / zoom),
		// A card is only ever a PNG.
		'bundled'
	);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
		`<rect width="${W}" height="${H}" fill="${PAPER}"/>`,
		`<rect x="${textX}" y="56" width="64" height="6" fill="#8c2617"/>`,
		`<text font-family="${FONT}" font-size="24" font-weight="600" letter-spacing="1.5" fill="${INK_SOFT}">${tspans([text.kicker.toUpperCase()], textX, 110, 30)}</text>`,
		`<text font-family="${FONT}" font-size="60" font-weight="700" fill="${INK}">${tspans(titleLines, textX, 186, 66)}</text>`,
		`<line x1="${textX}" x2="${textX + textW}" y1="${H - 86 - storyLines.length * 34}" y2="${H - 86 - storyLines.length * 34}" stroke="${RULE}"/>`,
		`<text font-family="${FONT}" font-size="30" font-weight="700" fill="${INK}">${tspans(storyLines, textX, H - 42 - storyLines.length * 34, 34)}</text>`,
		`<text font-family="${FONT}" font-size="22" fill="${INK_SOFT}">${tspans([text.publisher], textX, H - 44, 26)}</text>`,
		`<g transform="translate(${W - 600 - 36} ${36 + (spare * zoom) / 2}) scale(${zoom})">${chart}</g>`,
		text.credit
			? `<text font-family="${FONT}" font-size="18" fill="${INK_SOFT}" text-anchor="end">${tspans([text.credit], W - 36, H - 44, 22)}</text>`
			: '',
		'</svg>'
	].join('');
}
