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

export interface CaptionedFit {
	fit: MapFit;
	/** Room under the map, as fitMap was given it. */
	reserve: number;
	/** Where the caption under the map starts, and how wide it may run: from the map's left edge
	 * (the caption belongs to the map) to the box's right edge. */
	captionX: number;
	captionWidth: number;
}

/**
 * fitMap for a map with a caption under it whose height depends on how wide it may run
 * (`roomFor(width)`). A map as wide as the box captions from the box's edge, as before; a narrower
 * one (a wide embed, say) has its caption start under the map's left edge, with room reserved for
 * the caption at that narrower width, so it never runs past its room.
 */
export function fitMapWithCaption(
	mapWidth: number,
	mapHeight: number,
	boxWidth: number,
	boxHeight: number,
	roomFor: (captionWidth: number) => number,
	atTop = false
): CaptionedFit {
	const whole = roomFor(boxWidth);
	const atEdge = fitMap(mapWidth, mapHeight, boxWidth, boxHeight, whole, atTop);
	const fallback = { fit: atEdge, reserve: whole, captionX: 0, captionWidth: boxWidth };
	// A map as wide as the box: its caption is at the box's edge already.
	if (atEdge.x < 1) return fallback;
	// A narrower caption may need another line, which shrinks the map and moves its edge right:
	// settle in a few rounds, or keep the caption at the box's edge.
	let fit = atEdge;
	let reserve = whole;
	for (let round = 0; round < 4; round++) {
		const need = roomFor(boxWidth - fit.x);
		if (need <= reserve) return { fit, reserve, captionX: fit.x, captionWidth: boxWidth - fit.x };
		reserve = need;
		fit = fitMap(mapWidth, mapHeight, boxWidth, boxHeight, reserve, atTop);
	}
	return fallback;
}
