// The graphics' colours. Chosen to be told apart by lightness as well as hue, so they survive
// colour-blindness and greyscale printing, and to reach 3:1 against the paper (WCAG 1.4.11).
export const PAPER = '#f7f5f0';
export const INK = '#1c1b19';
export const INK_SOFT = '#55524c';
export const RULE = '#c9c4b8';
/** The people: a mid grey. */
export const DOT = '#8a867e';
/** What the state picks out: a dark brick red (much darker than DOT in greyscale). */
export const ACCENT = '#8c2617';
/** A second category (veterans, troops): dark slate blue, drawn with a different shape. */
export const SECOND = '#1f4e79';
/** Land that is context only. */
export const LAND = '#e8e4da';
export const LAND_FOCUS = '#d8cfbd';

/** The palette as CSS custom properties, for marks coloured by class on the page. */
export const PALETTE_VARS = [
	`--tone-base:${DOT}`,
	`--tone-accent:${ACCENT}`,
	`--tone-second:${SECOND}`,
	`--tone-ghost:${PAPER}`,
	`--tone-ghost-line:${RULE}`
].join(';');
