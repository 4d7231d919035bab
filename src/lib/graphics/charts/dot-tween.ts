// Moves and recolours the dots on a canvas. A new state starts a tween from wherever the dots are
// at that moment, so a fast scroll interrupts cleanly. Built for a slow phone: positions live in
// typed arrays, and each frame draws one path per pair of colours, not one path per dot.
import type { Dot, DotKind, DotTone } from './dots.ts';

type Rgb = [number, number, number];

/** Tone indices; forces get their own. */
const TONES: (DotTone | 'force')[] = ['base', 'accent', 'second', 'ghost', 'force'];

const ease = (t: number) => 1 - Math.pow(1 - t, 3);
const mix = (a: number, b: number, t: number) => a + (b - a) * t;

export function hexToRgb(hex: string): Rgb {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const css = (a: Rgb, b: Rgb, t: number) =>
	`rgb(${Math.round(mix(a[0], b[0], t))},${Math.round(mix(a[1], b[1], t))},${Math.round(mix(a[2], b[2], t))})`;

export class DotTween {
	private n = 0;
	private kinds: DotKind[] = [];
	private x0 = new Float32Array(0);
	private y0 = new Float32Array(0);
	private x1 = new Float32Array(0);
	private y1 = new Float32Array(0);
	private r0 = 0;
	private r1 = 0;
	private tone0 = new Uint8Array(0);
	private tone1 = new Uint8Array(0);
	/** Opacity of the forces, which show and hide together. */
	private a0 = 0;
	private a1 = 0;
	/** Opacity of each dot of the group apart (1 or 0 at the ends), which show a few at a time. */
	private v0 = new Float32Array(0);
	private v1 = new Float32Array(0);
	private start = 0;
	private duration = 0;

	constructor(
		private fills: Record<DotTone | 'force', Rgb>,
		private ghostStroke: Rgb
	) {}

	private progress(now: number) {
		return this.duration > 0 ? ease(Math.min(1, (now - this.start) / this.duration)) : 1;
	}

	/** Aim at a new layout. With `duration` 0 (reduced motion, a resize, the first draw) it snaps. */
	retarget(dots: Dot[], now: number, duration: number) {
		const t = this.progress(now);
		const fresh = dots.length !== this.n;
		const n = dots.length;
		const x0 = new Float32Array(n);
		const y0 = new Float32Array(n);
		const x1 = new Float32Array(n);
		const y1 = new Float32Array(n);
		const tone0 = new Uint8Array(n);
		const tone1 = new Uint8Array(n);
		let forcesVisible = false;
		const v0 = new Float32Array(n);
		const v1 = new Float32Array(n);
		dots.forEach((d, i) => {
			x1[i] = d.x;
			y1[i] = d.y;
			const force = d.kind === 'troop' || d.kind === 'agent';
			tone1[i] = TONES.indexOf(force ? 'force' : d.tone);
			if (force && d.visible) forcesVisible = true;
			v1[i] = d.visible ? 1 : 0;
			if (fresh || duration === 0) {
				x0[i] = d.x;
				y0[i] = d.y;
				tone0[i] = tone1[i]!;
				v0[i] = v1[i]!;
			} else {
				v0[i] = mix(this.v0[i]!, this.v1[i]!, t);
				// Start from where the dot is now; a colour caught mid-change takes the nearer end.
				x0[i] = mix(this.x0[i]!, this.x1[i]!, t);
				y0[i] = mix(this.y0[i]!, this.y1[i]!, t);
				tone0[i] = t < 0.5 ? this.tone0[i]! : this.tone1[i]!;
			}
		});
		const r1 = dots[0]?.r ?? 0;
		const a1 = forcesVisible ? 1 : 0;
		this.r0 = fresh || duration === 0 ? r1 : mix(this.r0, this.r1, t);
		this.a0 = fresh || duration === 0 ? a1 : mix(this.a0, this.a1, t);
		Object.assign(this, { n, x0, y0, x1, y1, tone0, tone1, r1, a1, v0, v1 });
		this.kinds = dots.map((d) => d.kind);
		this.start = now;
		this.duration = duration;
	}

	/** True while dots are still moving. */
	running(now: number) {
		return this.duration > 0 && now - this.start < this.duration;
	}

	/** One path of the dots at `indices`, where they are at `t`. */
	private circles(
		ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
		indices: number[],
		t: number,
		r: number
	) {
		ctx.beginPath();
		for (const i of indices) {
			const x = mix(this.x0[i]!, this.x1[i]!, t);
			const y = mix(this.y0[i]!, this.y1[i]!, t);
			ctx.moveTo(x + r, y);
			ctx.arc(x, y, r, 0, Math.PI * 2);
		}
	}

	draw(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, now: number) {
		const t = this.progress(now);
		const r = mix(this.r0, this.r1, t);
		// One path per (from colour, to colour) pair of the people.
		const groups = new Map<number, number[]>();
		const forces: number[] = [];
		const apart: number[] = [];
		for (let i = 0; i < this.n; i++) {
			if (this.kinds[i] === 'apart') {
				apart.push(i);
				continue;
			}
			if (this.kinds[i] !== 'person') {
				forces.push(i);
				continue;
			}
			const key = this.tone0[i]! * 8 + this.tone1[i]!;
			let g = groups.get(key);
			if (!g) groups.set(key, (g = []));
			g.push(i);
		}
		ctx.lineWidth = 1;
		for (const [key, indices] of groups) {
			const from = TONES[key >> 3]!;
			const to = TONES[key & 7]!;
			this.circles(ctx, indices, t, r);
			ctx.fillStyle = css(this.fills[from], this.fills[to], t);
			ctx.fill();
			if (from === 'ghost' || to === 'ghost') {
				// Ghosts are outlines: stroke them, fading the line in or out with the fill.
				ctx.strokeStyle = css(
					from === 'ghost' ? this.ghostStroke : this.fills[from],
					to === 'ghost' ? this.ghostStroke : this.fills[to],
					t
				);
				ctx.stroke();
			}
		}
		// The group apart: one path per opacity step (few dots, a few steps while fading).
		const byAlpha = new Map<number, number[]>();
		for (const i of apart) {
			const alpha = Math.round(mix(this.v0[i]!, this.v1[i]!, t) * 10) / 10;
			if (alpha < 0.05) continue;
			let g = byAlpha.get(alpha);
			if (!g) byAlpha.set(alpha, (g = []));
			g.push(i);
		}
		ctx.fillStyle = css(this.fills.accent, this.fills.accent, 1);
		for (const [alpha, indices] of byAlpha) {
			ctx.globalAlpha = alpha;
			this.circles(ctx, indices, t, r);
			ctx.fill();
		}
		ctx.globalAlpha = 1;
		const alpha = mix(this.a0, this.a1, t);
		if (forces.length && alpha > 0.01) {
			ctx.globalAlpha = alpha;
			ctx.lineWidth = 1.5;
			ctx.strokeStyle = css(this.fills.force, this.fills.force, 1);
			ctx.beginPath();
			for (const i of forces) {
				const x = mix(this.x0[i]!, this.x1[i]!, t);
				const y = mix(this.y0[i]!, this.y1[i]!, t);
				if (this.kinds[i] === 'troop') {
					ctx.moveTo(x + r * 0.85, y);
					ctx.arc(x, y, r * 0.85, 0, Math.PI * 2);
				} else {
					ctx.rect(x - r * 0.75, y - r * 0.75, r * 1.5, r * 1.5);
				}
			}
			ctx.stroke();
			ctx.globalAlpha = 1;
		}
	}
}
