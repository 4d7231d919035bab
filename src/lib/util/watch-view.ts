// One IntersectionObserver per root margin, shared by every element watched with that margin: the
// browser works through each observer on every frame the page scrolls, so a dozen observers of
// one element each cost a slow phone frames where two shared ones do not.

type Callback = (intersecting: boolean) => void;

const shared = new Map<
	string,
	{ observer: IntersectionObserver; callbacks: Map<Element, Callback> }
>();

/** Calls `callback` whenever `node` starts or stops intersecting the viewport grown by `margin`. */
export function watchView(node: Element, margin: string, callback: Callback): () => void {
	let entry = shared.get(margin);
	if (!entry) {
		const callbacks = new Map<Element, Callback>();
		const observer = new IntersectionObserver(
			(records) => {
				for (const r of records) callbacks.get(r.target)?.(r.isIntersecting);
			},
			{ rootMargin: margin }
		);
		entry = { observer, callbacks };
		shared.set(margin, entry);
	}
	const { observer, callbacks } = entry;
	callbacks.set(node, callback);
	observer.observe(node);
	return () => {
		observer.unobserve(node);
		callbacks.delete(node);
		if (callbacks.size === 0) {
			observer.disconnect();
			shared.delete(margin);
		}
	};
}
