// Text measurement for SVG labels without a DOM, so the server and the browser lay out labels
// identically. The widths per character are a deliberate overestimate for the system sans fonts we
// use: capitals run wider than the average letter, bold (600-700) about a tenth wider again. The
// PNGs, drawn in one bundled face, measure in that face instead (measuringWith).

const CAPITAL = /\p{Lu}/u;

const em = (ch: string, bold: boolean) =>
	CAPITAL.test(ch) ? (bold ? 0.78 : 0.72) : bold ? 0.62 : 0.56;

/** A line's width in pixels at a font size, regular or bold. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/** The page's measure: wide enough for the sans-serif fonts browsers have. */
export const estimate: Measure = (text, fontSize, bold) => {
	let width = 0;
	for (const ch of text) width += em(ch, bold);
	return width * fontSize;
};

let measure: Measure = estimate;

export function textWidth(text: string, fontSize: number, bold = false): number {
	return measure(text, fontSize, bold);
}

/**
 * Runs `draw` with every label measured by `by`, then goes back to the measure before. For a PNG,
 * whose one face is known: its labels fit that face, not the widest a browser might use. Server
 * rendering is synchronous, so nothing else measures in between.
 */
export function measuringWith<T>(by: Measure, draw: () => T): T {
	const before = measure;
	measure = by;
	try {
		return draw();
	} finally {
		measure = before;
	}
}

/** Greedy word wrap into lines no wider than `maxWidth` pixels (a word too long gets its own). */
export function wrap(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (!line) line = word;
		else if (textWidth(`${line} ${word}`, fontSize, bold) <= maxWidth) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Greedy word wrap that leaves no word alone on a last line: the lines narrow only as far as it
 * takes to bring a second word down (what CSS's text-wrap: pretty does), and stay as they were if
 * that would take another line.
 */
export function wrapPretty(
	text: string,
	maxWidth: number,
	fontSize: number,
	bold = false
): string[] {
	const greedy = wrap(text, maxWidth, fontSize, bold);
	let lines = greedy;
	while (lines.length > 1 && !lines.at(-1)!.includes(' ')) {
		const narrower = Math.max(...lines.map((l) => textWidth(l, fontSize, bold))) - 1;
		lines = wrap(text, narrower, fontSize, bold);
		if (lines.length > greedy.length) return greedy;
	}
	return lines;
}

/**
 * Word wrap into as few lines as wrap() gives, but as even as they can be: the narrowest width
 * that still needs no more lines. A label does not end on one stranded word.
 */
export function wrapEven(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const greedy = wrap(text, maxWidth, fontSize, bold);
	if (greedy.length < 2) return greedy;
	let lines = greedy;
	// Narrow a pixel at a time from the widest line; labels are short, so this is cheap.
	for (let w = Math.max(...greedy.map((l) => textWidth(l, fontSize, bold))) - 1; w > 0; w--) {
		const narrower = wrap(text, w, fontSize, bold);
		if (narrower.length > greedy.length) break;
		lines = narrower;
	}
	return lines;
}
