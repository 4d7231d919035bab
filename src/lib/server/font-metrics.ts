// The bundled font resvg draws the PNGs and social cards in, and its real widths. A PNG's heading,
// notes, card title and chart labels are wrapped and placed by what Source Sans 3 measures (fontkit
// shapes each word, kerning included), so they fill their column. An SVG file, drawn by whoever
// opens it in their own sans-serif, keeps graphics/text.ts's wider estimate, as the page does.
import * as fontkit from 'fontkit';
import { createRequire } from 'node:module';
import type { Measure } from '../graphics/text.ts';

const require = createRequire(import.meta.url);
const FACES = { 400: '400Regular', 600: '600SemiBold', 700: '700Bold' } as const;
export type Weight = keyof typeof FACES;

const fileOf = (face: string) =>
	require.resolve(`@expo-google-fonts/source-sans-3/${face}/SourceSans3_${face}.ttf`);

/** Source Sans 3 (SIL OFL), bundled so PNGs have the same text on every machine. */
export const FONT_FILES = [FACES[400], '400Regular_Italic', FACES[600], FACES[700]].map(fileOf);

const fonts = new Map<Weight, fontkit.Font>();
function fontOf(weight: Weight): fontkit.Font {
	let font = fonts.get(weight);
	if (!font) {
		const opened = fontkit.openSync(fileOf(FACES[weight]));
		if (!('layout' in opened)) throw new Error(`${FACES[weight]} is a font collection, not a font`);
		font = opened;
		fonts.set(weight, font);
	}
	return font;
}

/** Each word's width at 1 px, per weight: a file's text repeats the same words many times. */
const wordWidths = new Map<string, number>();
function widthAt1px(word: string, weight: Weight): number {
	const key = `${weight} ${word}`;
	let width = wordWidths.get(key);
	if (width === undefined) {
		const font = fontOf(weight);
		width = font.layout(word).advanceWidth / font.unitsPerEm;
		wordWidths.set(key, width);
	}
	return width;
}

/** The width of `text` in pixels, set at `size` px in the bundled face of `weight`. */
export function measureText(text: string, size: number, weight: Weight = 400): number {
	const words = text.split(' ');
	const width = words.reduce((sum, word) => sum + widthAt1px(word, weight), 0);
	return (width + (words.length - 1) * widthAt1px(' ', weight)) * size;
}

/** Text drawn in the bundled face: bold is set at 600 or 700, measured at the wider 700. */
export const measureLabel: Measure = (text, size, bold) =>
	measureText(text, size, bold ? 700 : 400);
