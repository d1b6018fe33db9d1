import {
  convertMarkdownToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

const configs = new WeakMap<Payload, Promise<SanitizedServerEditorConfig>>()

/** Builds Lexical state with Payload's own Markdown converter (the default editor features). */
export const markdownToLexical = async (payload: Payload, markdown: string) => {
  if (!configs.has(payload)) {
    configs.set(payload, editorConfigFactory.default({ config: payload.config }))
  }
  const editorConfig = await configs.get(payload)!
  return convertMarkdownToLexical({ editorConfig, markdown })
}
