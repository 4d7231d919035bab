// Paints the dot tween onto a canvas, frame by frame while the dots move. The same painter runs
// in a worker on an OffscreenCanvas (dot-worker.ts), so a phone's main thread, busy scrolling,
// never rasterises the dots; where a browser cannot hand a canvas to a worker it runs here.
import type { Dot } from './dots.ts';
import { DotTween, hexToRgb } from './dot-tween.ts';
import { ACCENT, DOT, PAPER, RULE, SECOND } from '../palette.ts';

/** Where the dots go next, and the box they are drawn in. */
export interface DotTarget {
	dots: Dot[];
	/** The chart's size in CSS pixels and the device pixel ratio. */
	width: number;
	height: number;
	dpr: number;
	/** How long the move takes; 0 snaps. */
	duration: number;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

// A worker without animation frames (an older engine) still gets about sixty draws a second.
const nextFrame: (paint: () => void) => number =
	typeof requestAnimationFrame === 'function'
		? (paint) => requestAnimationFrame(paint)
		: (paint) => setTimeout(paint, 16) as unknown as number;
const cancelFrame: (id: number) => void =
	typeof cancelAnimationFrame === 'function'
		? (id) => cancelAnimationFrame(id)
		: (id) => clearTimeout(id);

export class DotPainter {
	private tween = new DotTween(
		{
			base: hexToRgb(DOT),
			accent: hexToRgb(ACCENT),
			second: hexToRgb(SECOND),
			ghost: hexToRgb(PAPER),
			force: hexToRgb(SECOND)
		},
		hexToRgb(RULE)
	);
	private frame = 0;
	private dpr = 1;

	constructor(private ctx: Context2D) {}

	target({ dots, width, height, dpr, duration }: DotTarget) {
		const canvas = this.ctx.canvas;
		const w = Math.round(width * dpr);
		const h = Math.round(height * dpr);
		// Resizing clears the canvas, so only when the size really changed.
		if (canvas.width !== w || canvas.height !== h) {
			canvas.width = w;
			canvas.height = h;
		}
		this.dpr = dpr;
		this.tween.retarget(dots, performance.now(), duration);
		if (!this.frame) this.frame = nextFrame(this.loop);
	}

	private loop = () => {
		this.frame = 0;
		const now = performance.now();
		const { ctx } = this;
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
		ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
		this.tween.draw(ctx, now);
		if (this.tween.running(now)) this.frame = nextFrame(this.loop);
	};

	destroy() {
		cancelFrame(this.frame);
		this.frame = 0;
	}
}
