const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])

/**
 * A search highlight (escaped text with `<mark>` around matches) as React elements: only the
 * marks become markup, everything else is text, so a snippet can never inject HTML.
 */
export const Highlight = ({ html }: { html: string }) => (
  <>
    {html.split(/(<mark>[\s\S]*?<\/mark>)/).map((part, i) =>
      part.startsWith('<mark>') ? <mark key={i}>{unescape(part.slice(6, -7))}</mark> : unescape(part),
    )}
  </>
)
