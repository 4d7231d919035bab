// Where on screen a step becomes active: the CSS custom property --trigger (app.css), a fraction of
// the viewport's height, read in one place by the scroll engine and by the reading-mode switch.

/** The trigger line as a fraction of the viewport's height. */
export function triggerFraction(): number {
	return Number(getComputedStyle(document.documentElement).getPropertyValue('--trigger')) || 0.6;
}
