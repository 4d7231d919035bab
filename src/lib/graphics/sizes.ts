// The size standalone graphic files are drawn at: the width of a phone's text column, so that
// when a still image is shown there (no JavaScript, still-images mode) its labels keep their
// 12–13 px size. PNG downloads are rendered at twice this size.
export const DOWNLOAD_WIDTH = 360;
export const DOWNLOAD_HEIGHT = 500;
