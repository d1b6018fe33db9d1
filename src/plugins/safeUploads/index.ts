import { type AfterErrorHook, type CollectionBeforeOperationHook, FileRetrievalError, type Plugin, ValidationError } from 'payload'

import { imageDimensions } from './imageDimensions'
import { maxImagePixels } from './limits'

const megapixels = (pixels: number) => `${Math.round(pixels / 100_000) / 10} MP`

/** An upload whose header announces more pixels than allowed is refused before anything decodes it. */
const refuseOversizedImage: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const dimensions = await imageDimensions(file.tempFilePath || file.data)
  if (!dimensions) return args
  const pixels = dimensions.width * dimensions.height * dimensions.pages
  const limit = maxImagePixels()
  if (pixels <= limit) return args
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: 'file',
        message: `file is ${dimensions.width}×${dimensions.height}${dimensions.pages > 1 ? ` × ${dimensions.pages} frames` : ''} (${megapixels(pixels)}); images may have at most ${megapixels(limit)}`,
      },
    ],
    req,
  })
}

/**
 * A file Payload could not fetch from the URL a client gave (blocked as private or internal,
 * unreachable, not found) is that client's input: 400 naming `url`, not a 500.
 */
const fileRetrievalIsBadInput: AfterErrorHook = ({ error }) => {
  if (!(error instanceof FileRetrievalError)) return
  const message = error.message
  return {
    status: 400,
    response: { errors: [{ name: 'FileRetrievalError', message, data: { errors: [{ path: 'url', message }] } }] },
  }
}

/**
 * Every upload collection: images above the pixel limit are refused from their header, and
 * originals are re-encoded by sharp (any constructor option makes Payload do so) with the EXIF
 * orientation applied and no metadata kept, so GPS positions and camera serials never reach
 * the public file. The same pixel limit guards files fetched from a URL inside Payload.
 */
export const safeUploads = (): Plugin => (config) => ({
  ...config,
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), fileRetrievalIsBadInput] },
  collections: (config.collections ?? []).map((collection) => {
    if (!collection.upload) return collection
    const upload = typeof collection.upload === 'object' ? collection.upload : {}
    return {
      ...collection,
      upload: {
        ...upload,
        constructorOptions: { limitInputPixels: maxImagePixels(), ...upload.constructorOptions },
        // Explicitly: the stored original carries no EXIF, XMP, IPTC or GPS data.
        withMetadata: false,
      },
      hooks: {
        ...collection.hooks,
        beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseOversizedImage],
      },
    }
  }),
})
