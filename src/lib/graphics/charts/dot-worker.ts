// The dots' painters in a worker: each dot chart hands over its canvas once (transferred as an
// OffscreenCanvas), then sends each new target; every frame of a move is drawn here, off the main
// thread. One worker serves every dot chart on the page.
import { DotPainter, type DotTarget } from './dot-painter.ts';

export type DotWorkerMessage =
	| { id: number; canvas: OffscreenCanvas }
	| { id: number; target: DotTarget }
	| { id: number; destroy: true };

const painters = new Map<number, DotPainter>();

self.onmessage = ({ data: message }: MessageEvent<DotWorkerMessage>) => {
	if ('canvas' in message) {
		painters.set(message.id, new DotPainter(message.canvas.getContext('2d')!));
	} else if ('target' in message) {
		painters.get(message.id)?.target(message.target);
	} else {
		painters.get(message.id)?.destroy();
		painters.delete(message.id);
	}
};
