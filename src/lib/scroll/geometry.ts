// Pure geometry for the scroll engine: which step is active for a given trigger line. Kept apart
// from the DOM so it can be tested with plain numbers.

/** Index of the last step whose top is at or above the trigger line, or -1 if none is. */
export function activeIndex(tops: readonly number[], trigger: number): number {
	let active = -1;
	for (let i = 0; i < tops.length; i++) {
		if (tops[i]! <= trigger + 1) active = i;
		else break;
	}
	return active;
}

/** Index of the section that contains the trigger line, or -1. */
export function sectionIndex(
	rects: readonly { top: number; bottom: number }[],
	trigger: number
): number {
	return rects.findIndex((r) => r.top <= trigger && r.bottom > trigger);
}

/**
 * The step a chapter's graphic shows: the active step if it is in this chapter, else the first step
 * while the reader is above the chapter, or the last once they are past it.
 */
export function chapterStep(
	chapterSteps: readonly string[],
	allSteps: readonly string[],
	active: string | null
): string {
	const first = chapterSteps[0]!;
	if (active === null) return first;
	if (chapterSteps.includes(active)) return active;
	const activePos = allSteps.indexOf(active);
	const firstPos = allSteps.indexOf(first);
	return activePos > firstPos ? chapterSteps[chapterSteps.length - 1]! : first;
}
