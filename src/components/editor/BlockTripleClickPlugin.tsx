'use client'
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

/** The innermost block (not inline) element holding a node: a paragraph, list item, heading. */
const blockOf = (node: LexicalNode): ElementNode | null => {
  let current: LexicalNode | null = node
  while (current) {
    if ($isElementNode(current) && !current.isInline() && current.getParent() !== null) return current
    current = current.getParent()
  }
  return null
}

/** Ends a selection that runs from one block into the next at the end of the first block. */
const clampToFirstBlock = (editor: LexicalEditor) =>
  editor.update(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection) || selection.isCollapsed()) return
    const start = selection.isBackward() ? selection.focus : selection.anchor
    const end = selection.isBackward() ? selection.anchor : selection.focus
    const block = blockOf(start.getNode())
    const endBlock = blockOf(end.getNode())
    if (!block || !endBlock || endBlock.is(block)) return
    block.select(0, block.getChildrenSize())
  })

/**
 * Clamps a triple-click selection to the block it started in
 * (src/fields/editorFeatures/BlockTripleClickFeature.ts). A DOM listener on the editable root,
 * not CLICK_COMMAND: other features' click handlers may claim the command first.
 */
export const BlockTripleClickPlugin = () => {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    let root: HTMLElement | null = null
    // On the next task: the browser reports its triple-click selection (selectionchange) after
    // the click, and Lexical adopts it then; clamping earlier would be overwritten.
    const onClick = (event: MouseEvent) => {
      if (event.detail === 3) setTimeout(() => clampToFirstBlock(editor), 0)
    }
    const unregister = editor.registerRootListener((next) => {
      root?.removeEventListener('click', onClick)
      root = next
      root?.addEventListener('click', onClick)
    })
    return () => {
      unregister()
      root?.removeEventListener('click', onClick)
    }
  }, [editor])
  return null
}
