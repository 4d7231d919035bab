// Font stacks written into the SVG itself, so an exported SVG or PNG looks like the page. The
// bundled Source Sans 3 at the end is what the server-side rasteriser finds; browsers stop earlier.
export const SANS =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', Arial, 'Source Sans 3', sans-serif";
