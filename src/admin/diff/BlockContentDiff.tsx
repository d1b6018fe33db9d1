import { LexicalDiffComponent } from '@payloadcms/richtext-lexical/rsc'
import type { RichTextFieldDiffServerComponent } from 'payload'

import { loadRelatedDocs } from './loadRelatedDocs'
import { readableBlocks } from './readableBlocks'

/**
 * Version comparison of a Lexical body with its blocks shown by their content (the disclaimer's
 * text, the technique's name, the questions of a list), diffed word by word by Payload's own
 * Lexical diff. Without it a block reads "disclaimer Block" on both sides even when it changed.
 */
export const BlockContentDiff: RichTextFieldDiffServerComponent = async (props) => {
  const { comparisonValue, versionValue, req, locale } = props
  const docs = await loadRelatedDocs({ req, locale, states: [comparisonValue, versionValue] })
  return (
    <LexicalDiffComponent
      {...props}
      comparisonValue={readableBlocks(comparisonValue, docs)}
      versionValue={readableBlocks(versionValue, docs)}
    />
  )
}
