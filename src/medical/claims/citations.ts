/*
 * Inline citation markers ("[3]", "(Lee, 2019)", "(see reference 7)", a URL, a DOI, a superscript
 * number), read from citationMarkers.json. The rules (checkClaims.ts) and the model (model/features.ts)
 * share this one reading: a marker the rules count as a citation is also one the model does not
 * score as wording.
 */
import data from './citationMarkers.json'

const SOURCE = data.markers.join('|')

const CITATION = new RegExp(SOURCE, 'i')
const CITATION_MARKERS = new RegExp(SOURCE, 'gi')

// Every marker holds "[", "(", ":", a superscript digit, "doi.", "pmid", "www.", "see " (an unbracketed "see reference 3"),
// "in", "from" or "per" before "ref…", "footnote" or "endnote" ("the trial described in reference 3"),
// a prose author citation ("and colleagues", "co-workers", "et al") or a Thai reference word: text without any of them
// holds no marker and is returned as replace would return it, without running the whole expression
// (both run on every sentence).
const MARKER_HINT = /[[(:\u00B9\u00B2\u00B3\u2070\u2074-\u2079]|doi\.|pmid|www\.|\bsee\s|\b(?:in|from|per)\s+(?:ref|footnote|endnote)|colleagues|co-workers|et\s+al|อ้างอิง|บรรณานุกรม|เชิงอรรถ/i

/** Whether the text holds an inline citation marker. */
export function hasCitationMarker(text: string): boolean {
  return MARKER_HINT.test(text) && CITATION.test(text)
}

/** The text with each citation marker replaced by a space. */
export function stripCitations(text: string): string {
  if (!MARKER_HINT.test(text)) return text
  return text.replace(CITATION_MARKERS, ' ')
}

/** The markers as one global expression, for tests that compare stripCitations with it. */
export function citationMarkersPattern(): RegExp {
  return new RegExp(SOURCE, 'gi')
}
