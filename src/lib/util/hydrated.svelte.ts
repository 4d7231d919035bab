import { onMount } from 'svelte';

/**
 * False in the prerendered HTML and until the component has mounted in the browser, then true.
 * A button whose handler only exists after hydration is disabled until then, so an early tap (a
 * slow phone, a test that clicks as soon as the button shows) is refused visibly instead of lost.
 * Call it during component initialisation.
 */
export function hydration(): { readonly done: boolean } {
	let done = $state(false);
	onMount(() => {
		done = true;
	});
	return {
		get done() {
			return done;
		}
	};
}
