// Fitting a pre-projected map (drawn in its own units at build time) into the chart box, leaving
// room below it for the state's annotation. The scale and place are the same for every state of a
// chart, so the map never jumps when the annotation changes.

export interface MapFit {
	scale: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export function fitMap(
	mapWidth: number,
	mapHeight: number,
	boxWidth: number,
	boxHeight: number,
	reserve: number,
	/** Put the map at the top of the box: where the page places the chart's block itself. */
	atTop = false
): MapFit {
	const scale = Math.max(0.1, Math.min(boxWidth / mapWidth, (boxHeight - reserve) / mapHeight));
	const width = mapWidth * scale;
	const height = mapHeight * scale;
	// A map narrower than the box is as wide as it can be: share the height left over above and
	// below it and its annotation, rather than leave it all as a gap under the text. In the story
	// the map goes to the top, and the page moves the notes up under its text (../spare.ts).
	const spare = Math.max(0, boxHeight - reserve - height);
	return { scale, x: (boxWidth - width) / 2, y: atTop ? 0 : spare / 2, width, height };
}

/** A point in map units, in box pixels. */
export function toBox(fit: MapFit, p: { x: number; y: number }) {
	return { x: fit.x + p.x * fit.scale, y: fit.y + p.y * fit.scale };
}
