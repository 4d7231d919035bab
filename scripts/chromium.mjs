// Debian's Chromium, as every script and test here launches it: Playwright's own browser downloads
// do not work on these machines. Without the background-networking flags Chromium keeps trying to
// reach Google's hosts, which this closed network refuses.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update'
];
/** Playwright launch options for it. */
export const chromiumLaunch = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
