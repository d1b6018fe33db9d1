import {
  convertMarkdownToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

// Building the sanitised editor config costs tens of milliseconds; once per Payload instance.
const configs = new WeakMap<Payload, Promise<SanitizedServerEditorConfig>>()

/** The default editor features, as every converter to and from Lexical in the project uses them. */
export const editorConfigFor = (payload: Payload): Promise<SanitizedServerEditorConfig> => {
  if (!configs.has(payload)) configs.set(payload, editorConfigFactory.default({ config: payload.config }))
  return configs.get(payload)!
}

/** Builds Lexical state with Payload's own Markdown converter (the default editor features). */
export const markdownToLexical = async (payload: Payload, markdown: string) =>
  convertMarkdownToLexical({ editorConfig: await editorConfigFor(payload), markdown })
