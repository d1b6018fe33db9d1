/** 40 megapixels: any camera photo, far below the 16000×16000 bombs that exhaust memory. */
const DEFAULT_MAX_PIXELS = 40_000_000

/** Largest image (width × height) an upload may have, from MEDIA_MAX_PIXELS. */
export const maxImagePixels = (): number => {
  const configured = Number(process.env.MEDIA_MAX_PIXELS)
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_PIXELS
}
