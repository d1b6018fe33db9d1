/*
 * "Massage cures nothing", "it guarantees nothing", "stretching prevents none of it": the
 * negation follows the verb, where the model's negation scope (the few words after a negator)
 * never reaches the verb. The text the model reads gets a "not" before such a verb, so "cures
 * nothing" meets the features of "does not cure" (neg:CURE) that the corpus taught, for any verb
 * of a claim class. Training (training/trainModel.ts) and scoring (checkClaims.ts) read the same
 * text. Cue words are data (discourseCues.json); verb classes come from wordClasses.json.
 */
import { cuePattern } from '../cuePattern'
import cues from '../discourseCues.json'
import { wordClassesOf } from './features'

const NEGATABLE = new Set(cues.objectNegatableClasses)
// A word, an optional intensifier, then a negative object not followed by a word that turns it
// into praise ("nothing short of", "nothing beats").
const VERB_THEN_NEGATIVE_OBJECT = new RegExp(
  `\\b([A-Za-z]+)(\\s+(?:absolutely|really|precisely|literally|practically)\\s+|\\s+)${cuePattern(cues.negativeObjects).source}(?!\\s+${cuePattern(cues.negativeObjectFollowersThatAffirm).source})`,
  'gi',
)
// Cheap test first: most sentences hold none of the objects.
const HAS_OBJECT = cuePattern(cues.negativeObjects)

/** The sentence with "not " before each claim verb whose object is negative; the same string when there is none. */
export function withNegatedObjects(sentence: string): string {
  if (!HAS_OBJECT.test(sentence)) return sentence
  return sentence.replace(VERB_THEN_NEGATIVE_OBJECT, (whole, verb: string) => {
    const isClaimVerb = wordClassesOf(verb).some((name) => NEGATABLE.has(name))
    return isClaimVerb ? `not ${whole}` : whole
  })
}
