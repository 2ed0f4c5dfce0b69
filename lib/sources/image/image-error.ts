/**
 * A problem with the image file itself (unreadable, not an image, unsupported
 * compression). The image command prints it and exits 2.
 */
export class ImageError extends Error {}
