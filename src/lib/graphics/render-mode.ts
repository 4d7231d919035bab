// Charts draw for two audiences. On the page, marks get classes and CSS transforms, so they can
// transition and the HTML stays small. As a standalone SVG (downloads, social cards, the republish
// kit) everything must be in presentation attributes, because no stylesheet comes with the file.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('standalone-svg');

export function setStandalone(standalone: boolean) {
	setContext(KEY, standalone);
}

export function isStandalone(): boolean {
	return getContext<boolean | undefined>(KEY) ?? false;
}

/** Attributes that place a mark at (x, y): a CSS transform on the page, an attribute standalone. */
export function placeAt(standalone: boolean, x: number, y: number, extra = '') {
	const tx = Math.round(x * 10) / 10;
	const ty = Math.round(y * 10) / 10;
	return standalone
		? { transform: `translate(${tx} ${ty})${extra ? ` ${extra}` : ''}` }
		: { style: `transform:translate(${tx}px,${ty}px)${extra ? ` ${extra}` : ''}` };
}
