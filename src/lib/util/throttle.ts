/**
 * Calls `fn` at most once per `ms`, always with the latest arguments, and always ends with the
 * last call (trailing edge). Used to keep URL updates far below browsers' history rate limits.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
	let last = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: A | undefined;
	const run = () => {
		timer = undefined;
		last = Date.now();
		const args = pending!;
		pending = undefined;
		fn(...args);
	};
	const call = (...args: A) => {
		pending = args;
		if (timer) return;
		const wait = Math.max(0, last + ms - Date.now());
		timer = setTimeout(run, wait);
	};
	call.cancel = () => {
		clearTimeout(timer);
		timer = undefined;
		pending = undefined;
	};
	return call;
}
