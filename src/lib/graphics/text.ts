// Text measurement for SVG labels without a DOM, so the server and the browser lay out labels
// identically. The widths per character are a deliberate overestimate for the system sans fonts we
// use: capitals run wider than the average letter, bold (600-700) about a tenth wider again.

const CAPITAL = /\p{Lu}/u;

const em = (ch: string, bold: boolean) =>
	CAPITAL.test(ch) ? (bold ? 0.78 : 0.72) : bold ? 0.62 : 0.56;

export function textWidth(text: string, fontSize: number, bold = false): number {
	let width = 0;
	for (const ch of text) width += em(ch, bold);
	return width * fontSize;
}

/** Greedy word wrap into lines no wider than `maxWidth` pixels (a word too long gets its own). */
export function wrap(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	return wrapBy(text, maxWidth, (line) => textWidth(line, fontSize, bold));
}

/** Greedy word wrap, with any measure of a line's width in pixels. */
export function wrapBy(
	text: string,
	maxWidth: number,
	measure: (line: string) => number
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (!line) line = word;
		else if (measure(`${line} ${word}`) <= maxWidth) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
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
