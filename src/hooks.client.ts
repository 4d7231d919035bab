// Let the browser paint the prerendered page before the app hydrates it: the reader sees the text
// at once, and hydration runs as a task of its own after that first paint instead of before it.
export const init = () =>
	new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
