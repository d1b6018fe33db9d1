import sharp from 'sharp'

export type Dimensions = { width: number; height: number; pages: number }

/**
 * Width and height from the image header only: sharp's metadata() reads the header and never
 * decodes pixels, so a 16000×16000 PNG costs a few kilobytes here, not a gigabyte.
 * Undefined when the bytes are not an image sharp can read (the MIME check refuses those).
 */
export const imageDimensions = async (input: Buffer | string): Promise<Dimensions | undefined> => {
  try {
    // No pixel limit for the header read: the caller decides, with a message naming the field.
    const { width, height, pages } = await sharp(input, { limitInputPixels: false }).metadata()
    if (!width || !height) return undefined
    // Payload decodes every frame of an animated image: each page counts.
    return { width, height, pages: pages && pages > 1 ? pages : 1 }
  } catch {
    return undefined
  }
}
