/*
 * Sentence-level cues that decide whether a phrase match is really a claim.
 * All functions take text already passed through normalizeText (ASCII apostrophes).
 */
import { cuePattern } from './cuePattern'
import negationCues from './negationCues.json'
import { alternativeLiteralLists } from './requiredLiterals'
import { countWords, lastTokens } from './wordRuns'
import { HEDGE as HEDGE_WORDS, type SentenceCues } from './sentenceCues'

const NEGATION_WORDS = new Set([
  'not',
  'no',
  'never',
  'cannot',
  'nor',
  'neither',
  'none',
  'nothing',
  'nobody',
  'without',
  'unlikely',
  'unable',
  'hardly',
  'rarely',
  'seldom',
  'fails',
  'failed',
  "nobody's",
  "nothing's",
])

// "not only", "no wonder", "nothing beats" ... look negative but strengthen the claim.
const NON_NEGATING_FOLLOWERS: Record<string, ReadonlySet<string>> = {
  not: new Set(['only', 'just', 'merely', 'simply', 'surprisingly', 'surprising', 'coincidentally']),
  no: new Set(['matter', 'wonder', 'doubt', 'surprise', 'secret', 'longer', 'more', 'question']),
  never: new Set(['been']),
  nothing: new Set(['but', 'beats', 'compares', 'else', 'short']),
  without: new Set(['fail', 'doubt', 'exception', 'question']),
}

const NEGATION_WINDOW = 5

// A negated describing verb earlier in the clause governs the words it introduces however far the
// negator sits: "none of them would describe themselves as the best", "no one here calls it a cure".
const NEGATED_DESCRIPTION =
  /(?:\b(?:not|never|none|nobody|neither)\b|\bno\s+one\b|n't\b)(?:\s+[\w'-]+){0,6}?\s+(?:describ|call|label|bill|present|promot|advertis|market|brand|pitch|tout)\w*\s+(?:(?!(?:and|but|or|so|yet|which|because|while|though|although)\b)[\w'-]+\s+){0,3}?(?:as\s+)?(?:(?!(?:and|but|or|so|yet|which|because|while|though|although)\b)[\w'-]+\s+){0,3}$/i

// A negated verb of saying or meaning governs the clause it introduces however far the claim sits:
// "her review was not meant to suggest that …", "nothing here should be read as a promise that …",
// "we never said that …". Not "not only/just say" (NON_NEGATING_FOLLOWERS reads those), not "it's not an
// exaggeration to say" (which endorses what follows), and not past a turn ("but", "yet") that starts a
// claim of the sentence's own.
const NEGATED_REPORT =
  /(?:(?:\b(?:not|never)\b|n't\b)(?!\s+(?:only|just|merely|simply|(?:an?\s+|too\s+much\s+of\s+an?\s+)?(?:exaggeration|overstatement|stretch|lie)\b))(?:\s+[\w'-]+){0,5}?|(?:\b(?:nothing|nobody)\b|\bno\s+one\b)(?:\s+[\w'-]+){1,5}?|\bno\s+(?!(?:other|matter|doubt|wonder)\b)(?:[\w'-]+\s+){1,4}?(?:will|would|should|can|could|may)(?:\s+ever)?)\s+(?:suggest|impl(?:y|ies|ied)|say|said|claim|promis|mean|meant|tell|told|advis|recommend|encourag|read\s+as|taken\s+as|seen\s+as|understood\s+as|a\s+promise|an?\s+(?:guarantee|claim|suggestion))\w*\s+(?!(?:enough|how|what|thanks?)\b)(?:that\s+)?(?:(?!(?:but|yet|although|though|instead|however)\b)[\w'%-]+\s+)*$/i

// A clause whose subject is a negated treatment ("No form of massage is completely free of risk",
// "no amount of deep tissue work will dissolve …", "there is no such thing as a treatment that is
// completely safe") denies its predicate. A negated person ("no client leaves in pain") is a
// universal promise instead, and "no other …" / a comparison ("no therapy is as effective") is a
// superlative: neither is read here.
const NEGATED_TREATMENT_SUBJECT =
  /^\s*["'(]*(?:(?:and|but|so|yet|because|since|as|while|whereas)\s+)?(?:(?:[\w'-]+\s+){1,10}?that\s+)?(?:there\s+(?:is|are|'s)\s+no\s+(?:such\s+thing\s+as\s+)?(?:an?\s+)?(?:[\w'-]+\s+){0,4}?(?:that|which)\s+|no\s+(?!other\b|else\b)(?:(?:amount|form|kind|type|sort|style|course|number)\s+of\s+(?:[\w'-]+\s+){0,4}?|(?:single\s+)?(?:[\w'-]+\s+)?(?:treatments?|therap(?:y|ies)|massages?|techniques?|sessions?|products?|remed(?:y|ies)|methods?|approach(?:es)?|devices?|interventions?|modalit(?:y|ies)|procedures?|oils?|balms?|tools?)\s+(?:(?:on|in|at|from|we|you|i|that\s+we)\s+(?:[\w'-]+\s+){0,3}?)?))(?:(?:is|are|was|were|can|could|will|would|does|do|has|have)\b(?:\s+(?:ever|always|really|truly))?(?:\s+be)?)\s+(?!(?:as|more|less|better|quite|so|too|like|other)\b|\w+er\s+than\b)(?:[\w'-]+\s+){0,6}$/i

// "doesn't break up scar tissue or permanently lengthen fascia": a negation before "or" governs
// what the "or" joins, however far; a turn or a new clause ("but", "that", "when") ends it.
const NEGATED_DISJUNCTION =
  /(?:\b(?:not|never|no|cannot)\b|n't\b)(?:\s+(?!(?:and|but|yet|so|because|which|that|who|if|when|while|although|though|instead)\b)[\w'-]+){1,10}?\s+(?:or|nor)\s+(?:(?!(?:and|but|yet|so|because|which|that|who|if|when|while|although|though|instead)\b)[\w'-]+\s+){0,3}$/i

// What someone asks or wonders about is not asserted: "a reader wrote in to ask whether she could
// cancel her physiotherapy". Only within the clause: an answer after a comma ("…, and the good news
// is that massage heals it") is a claim again.
const EMBEDDED_QUESTION =
  /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|unsure|(?:not|n't)\s+sure|want(?:s|ed)?\s+to\s+know|enquir\w*|inquir\w*)\s+(?:[\w'-]+\s+){0,2}?(?:whether|if)\b(?:\s+[\w'-]+){0,14}\s*$/i

// A negative object inside the match: "prevents none of the disc problems", "cures nothing about it".
const NEGATED_OBJECT_INSIDE = /^[\w'-]+\s+(?:absolutely\s+)?(?:none|nothing|neither)\b/i

const LIST_CONTINUATION = /^\s*(?:or|and|nor)\b/i
// "diagnose, treat or cure": the item before the match closes with "or"; "diagnose, treat, cure or
// prevent": the match is an item "or" follows. Only "or"/"nor": under a negation they join what it
// denies, while "and" may add a claim of its own ("doesn't hurt, works fast and cures …").
const LIST_CONJUNCTION_END = /\b(?:or|nor)\s*$/i
const LIST_CONJUNCTION_NEXT = /^\s*(?:[\w'-]+\s+){0,3}(?:or|nor)\s+\w/i
const LIST_CONJUNCTION = /\b(?:or|nor)\b/i
// "repair torn muscles, cure arthritis or fix a slipped disc": an item of a few words before "or".
const LIST_ITEM_MAX_WORDS = 4
const UPCOMING_LIST_ITEM = /^[^,.;:!?]{0,60}?,\s*(?:or|and|nor)\b/i

// A negated copula straight after a noun-phrase match ("a cure is not possible"),
// or a negative object ("cures nothing"). A relative clause's negation describes the noun, not
// the claim ("tired of pills that don't work?"), so the gap stops at "that"/"which"/"who"; "a
// cure that doesn't exist" still denies it.
const POST_NEGATION =
  /^\s*(?:(?:(?:absolutely\s+|really\s+|practically\s+)?(?:nothing|nobody|no\s+one|none)|no\s+(?:particular\s+|specific\s+)?(?:outcomes?|results?))\b|(?:[A-Za-z0-9']+\s+){0,2}?(?:does\s+not|doesn't|do\s+not|don't)\s+exist\b|(?:(?!(?:and|or|but|that|which|who)\b)[A-Za-z0-9']+\s+){0,2}?(?:(?:is|are|was|were)\s+(?:not|never|unlikely|unrealistic|impossible|rare|a\s+myth|myths)\b|(?:isn't|aren't|wasn't|weren't|cannot|can't|won't|doesn't|don't|didn't|wouldn't|couldn't)\b|(?:will|would|does|do|did|could)\s+not\b|(?:does\s+not|doesn't|do\s+not|don't)\s+exist\b))/i

// Doubt conceded in an opening clause ("Although some remain sceptical, …") or answered by a turn
// ("sceptical, but …") is not the sentence's own distance; a passive report ("are told that …") is
// when the sentence calls it dangerous or wrong after a comma (", which is dangerous advice").
const DISTANCING =
  /\b(?:claim|claims|claimed|claiming|myth|myths|beware|wary|(?:skeptical|sceptical)(?!\s*,\s*(?:but|yet)\b)(?!\s*,(?<=^["'(]*(?:although|though|even\s+though|while|whilst|even\s+if)\s[^,;:]{0,80},))|suspicious|so-called|red\s+flags?|misleading|untrue|false\s+(?:claims?|promises?|hope)|marketed\s+as|advertised\s+as|(?:anyone|anybody|those|someone|practitioners?|therapists?|clinics?|websites?|ads?|adverts?|spas?|salons?|compan(?:y|ies)|brands?|businesses|firms?|sellers?|influencers?)\s+(?:who|that)\s+(?:says?|said|claims?|claimed|promises?|promised|tells?|told|offers?|sells?|advertises?|advertised)|avoid\s+(?:any\s+)?(?:practitioners?|therapists?|clinics?|providers?|products?|websites?|ads?|adverts?|phrases?|words?|language|wording|terms?)|don't\s+believe|do\s+not\s+believe|overpromis\w*|exaggerat(?<!\b(?:no|not|without)\s+exaggerat|n't\s+exaggerat)\w*|oversell\w*|overstat\w*|clickbait|warning\s+sign|look\s+elsewhere|old\s+belief|,\s*which\s+no\s+(?:[\w'-]+\s+){1,5}?(?:would|could|will|can)\s+(?:ever\s+)?(?:support|endorse|back|agree\s+with|recommend|sign\s+off\s+on|stand\s+behind)|(?:old|popular|common|widespread|persistent|long-standing|outdated)\s+(?:idea|notion|theory|story|claim)\s+that|(?:ads?|adverts?|advertisements?|marketing|headlines?|flyers?|testimonials?|sales\s+pages?|sellers?)\s+(?:that\s+|which\s+)?(?:promis\w*|claim\w*|call\w*|describ\w*|say\w*|guarantee\w*|suggest\w*)|(?:someone|anyone|a\s+therapist|a\s+clinic|a\s+forum\s+post|a\s+website|people)\s+(?:says?|said|promises?|advertises?|tells?\s+you)|removed\s+the\s+(?:sentence|phrase|claim)|one\s+person's\s+experience|(?:had\s+)?heard\s+(?:that|it\s+said)|(?:told|swore|sworn|insisted|assured|reckoned|said)\b[^.;!?]{0,120},\s*which\s+(?:is|was|turned\s+out\s+to\s+be|proved\s+to\s+be|proved)\s+(?:\w+\s+){0,2}?(?:dangerous|bad|wrong|false|untrue|risky|unsafe|misleading|nonsense|a\s+myth|not\s+true)|told\s+us(?<!\bas\s+(?:[\w'-]+\s+){1,3}told\s+us)|asked\s+(?:whether|if|us\s+to|to\s+write)|refused|(?:people|some\s+people|they)\s+(?:sometimes\s+|often\s+)?say|statement\s+that|is\s+false|we\s+explained|(?:this|that|the|such\s+an?)\s+(?:idea|belief|notion|theory|view|claim)\s+(?:is|was|has\s+been|remains)\s+(?:now\s+|long\s+|widely\s+|largely\s+)?(?:outdated|out\s+of\s+date|debunked|disproven|disproved|discredited|mistaken|wrong|unfounded|baseless|a\s+myth))\b/i

// A frame that denies the whole sentence, however far the claim sits from the negation:
// "No therapist can promise ..." (also with an aside: "No session, however long, can ..."), "None of
// our staff will promise ...", "We cannot tell you that ...", and evidence that denies what
// follows ("No study has shown that ...", "Nobody has yet shown ...", "Whether ... is unknown").
const NEGATED_FRAME =
  /^(?:[A-Za-z][\w'&-]*(?:\s+[\w'&-]+){0,3}\s*:\s+)?["'(]*(?:no\s+(?:\w+\s+|(?!(?:doubt|matter|question|wonder)\b)\w+(?=,))?(?:,\s*(?:however|whatever|no\s+matter\s+how)\b[^,;.!?]{0,40},\s*)?(?:can|could|will)\b|none\s+of\s+(?:our|the|these|those|us|them|my)\s+(?:[\w-]+\s+)?(?:can|could|will|would)\s+(?:ever\s+)?(?:promise|guarantee|claim|tell\s+you|say)\b|(?:there\s+is\s+|there's\s+)?no\s+(?:good\s+|reliable\s+|convincing\s+|published\s+)?(?:study|studies|trial|trials|research|review|evidence)\s+(?:so\s+far\s+|yet\s+|to\s+date\s+)?(?:has\s+|have\s+)?(?:yet\s+|ever\s+)?(?:shown|proven|proved|found|demonstrated|showing|proving|demonstrating)\b|(?:nobody|no\s+one)\s+has\s+(?:yet\s+|ever\s+)?(?:shown|proven|proved|demonstrated)\b|whether\b[^.;!?]*\b(?:(?:is|are|remains?)\s+(?:still\s+|yet\s+)?(?:unknown|unclear|uncertain|not\s+known|an\s+open\s+question)|(?:has|have)\s+(?:barely|hardly|scarcely|rarely|seldom|never|not|little)\s+(?:yet\s+|ever\s+)?been\s+(?:properly\s+|well\s+|carefully\s+)?(?:studied|tested|researched|examined|investigated|measured|looked\s+at|trialled|trialed))\b|nobody\s+can\b|no\s+one\s+can\b|nothing\s+(?:[\w'-]+\s+){0,4}?(?:should|is|was|must|can)\s+(?:be\s+)?(?:read|taken|seen|understood|construed|meant|intended)\b|(?:we|i|you|they)\s+(?:cannot|can't|could\s+not|do\s+not|don't|will\s+not|won't|never)\s+(?:tell|promise|say|claim|guarantee|know|predict)\b)/i

// A negated subject or frame that opens the sentence reaches its claim however many words sit
// between (negationCues.json): "Not a single session we offer is designed to replace …", "Nothing I
// do on this table can reverse …", "There is no massage in the world that works for every …", "At no
// point does the service promise …", "I'm not going to stand here and tell you …", "It would be
// wrong to say …". Not "No other clinic can …", "Nothing can heal you faster than …" (a comparison),
// "There is no pain our hands can't fix" (a negated relative clause), nor a sentence that turns
// ("No pill can cure arthritis, but our massage can", "It would be wrong to say massage only
// relaxes you; it cures …") or goes on past a colon ("We're not going to pretend otherwise: it cures …").
const cue = (list: readonly string[]): string => cuePattern(list).source
const SUBJECT_WORD = "(?!(?:other|else|and|but|that|which|who|matter|doubt|question|wonder|more|longer)\\b)[\\w'-]+\\s+"
// "No session, however long, can …", "There is no technique, ours included, that …": a short aside between commas.
const ASIDE_CLAUSE = "(?:[\\w'-]+,\\s*(?:(?:however|whatever|no\\s+matter\\s+how)\\b[^,;.!?]{0,40}|(?:[\\w'-]+\\s+){0,2}[\\w'-]+),\\s*)?"
const FRAME_VERB = `(?:[a-z]+ly\\s+)?${cue(negationCues.frameVerbs)}`
// "No massage, however skilled, replaces insulin": the present tense of a frame verb, with no modal, after
// an aside only ("No empty promises, just …" has no verb).
const PRESENT_FRAME_VERB = cue(negationCues.presentFrameVerbs)
// A comparison or a turn: after one, a negated frame no longer denies the rest of the sentence.
const FRAME_TURN = new RegExp(`${cue(negationCues.comparisons)}|${cue(negationCues.turns)}`, 'i')
const NEGATED_OPENING_START = `^(?:[A-Za-z][\\w'&-]*(?:\\s+[\\w'&-]+){0,3}\\s*:\\s+)?["'(]*(?:${cue(negationCues.openingAsides)}\\s*[,:]?\\s+)?`
// No turn or colon before the sentence's end: read from the opening on, this scans the whole
// sentence for every comparison and turn cue, on every English sentence.
const NEGATED_OPENING_NO_TURN = `(?![^.!?]*(?:${FRAME_TURN.source}|:))`
const NEGATED_OPENING = new RegExp(
  NEGATED_OPENING_START +
    NEGATED_OPENING_NO_TURN +
    `(?:` +
    `${cue(negationCues.negatedSubjects)}\\s+(?:${SUBJECT_WORD}){0,6}?${ASIDE_CLAUSE}(?:(?:can|could|will|would|should|(?:is|are)\\s+(?:designed|meant|intended|able|going|supposed)\\s+to)\\s+(?:ever\\s+|really\\s+|truly\\s+|honestly\\s+)?${FRAME_VERB}|(?<=,\\s*)${PRESENT_FRAME_VERB})` +
    `|(?:there\\s+is|there's|there\\s+are)\\s+no\\s+(?!(?:doubt|question|denying|disputing|secret|wonder|surprise|mystery|way|reason|need|other|better)\\b)(?:${SUBJECT_WORD}){0,6}?${ASIDE_CLAUSE}(?:that|which|who)\\s+(?!(?:[\\w'-]+\\s+){0,6}?(?:not|never|cannot|\\w+n't)\\b)` +
    `|${cue(negationCues.inversions)}\\s+(?:[\\w'-]+\\s+){1,6}?(?:${FRAME_VERB}|${cue(negationCues.inversionVerbs)})` +
    `|${cue(negationCues.refusals)}\\s+(?:[\\w'-]+\\s+){0,4}?(?:tell|promise|say|claim|pretend|guarantee|suggest)\\b` +
    `|it\\s+(?:would\\s+be|is|'s|was)\\s+${cue(negationCues.wrongToSay)}\\s+to\\s+(?:say|claim|suggest|promise|pretend|tell)\\b(?![^.!?]*\\b(?:only|just)\\b))`,
  'i',
)
// The same opening without the look-ahead: it matches wherever NEGATED_OPENING does (a negative
// look-ahead only removes matches), and most sentences fail it at their first word, before the scan.
const NEGATED_OPENING_SHAPE = new RegExp(NEGATED_OPENING.source.replace(NEGATED_OPENING_NO_TURN, ''), NEGATED_OPENING.flags)

// "far from a cure", "a long way from a cure for …", "anything but a miracle": the phrase denies the
// noun a few words after it.
const NOUN_NEGATOR = new RegExp(`${cue(negationCues.nounNegators)}(?:\\s+[\\w'-]+){0,3}\\s*$`, 'i')
const NOUN_NEGATOR_REACH = 60

// A statement that the evidence is weak is not an appeal to it.
const WEAK_EVIDENCE =
  /\b(?:weak|uncertain|limited|mixed|inconclusive|conflicting|low[- ](?:quality|certainty)|unclear|not\s+enough|insufficient|lacking|more\s+research|larger\s+studies|preliminary|poor\s+quality|too\s+early|small\s+and\s+short|short-lived|(?:small|modest|slight)\s+(?:(?:and|,)\s*)?(?:short[- ]term\s+)?(?:benefits?|effects?|improvements?)|too\s+small|debated|unproven|not\s+proven|contested|(?:is|are|remains?)\s+(?:still\s+|very\s+|rather\s+)?(?:(?:small|few|short|thin|sparse)\s*(?:and|or|,)\s+)?(?:thin|sparse|scant|scarce|inconsistent|contradictory)|(?:not\s+well|poorly|weakly|thinly|barely|hardly|scarcely|rarely)\s+(?:been\s+)?(?:supported|established|evidenced|studied)|no\s+(?:control|comparison)\s+group|without\s+a\s+(?:control|comparison)\s+group|uncontrolled|small\s+(?:pilot|sample)|(?:inconsistent|contradictory|conflicting|mixed)\s+(?:results|findings|evidence|data)|anecdotal|(?:rest|rests|rested|based|relies|rely|relied)\s+(?:\w+\s+)?on\s+anecdotes|anecdotes\s+rather\s+than|(?:is|are|remains?)\s+(?:essentially\s+|largely\s+|almost\s+|virtually\s+|all\s+but\s+)?(?:absent|non-?existent|missing)|(?:has|have)\s+never\s+been\s+(?:backed|supported|shown|tested|studied|proven|proved)|(?:but|and|yet)\s+none\s+(?:of\s+them\s+|so\s+far\s+)?(?:show|shows|showed|have\s+shown|has\s+shown|demonstrates?|demonstrated|proves?|proved|found))\b/i

// "The evidence that cupping addresses the underlying cause is of very low quality", "Reports that a
// single visit resolves neck pain rest on anecdotes": the claim is what the weak evidence would show.
const EVIDENCE_COMPLEMENT =
  /^["'(]*(?:the\s+|any\s+|most\s+|such\s+|these\s+|those\s+)?(?:evidence|proof|data|support|research|reports?|stories|anecdotes|suggestions?|claims?)\s+(?:(?:for\s+the\s+(?:idea|claim|view)|so\s+far)\s+)?that\b/i

export function isWeakEvidenceStatement(sentence: string): boolean {
  return WEAK_EVIDENCE.test(sentence)
}

// The hedge words the per-match tests read (sentenceCues.ts), tested once per sentence here.
const HEDGE = new RegExp(HEDGE_WORDS.source, 'i')

// A gerund after a preposition names an aim, not an outcome: "an approach to preventing sciatica".
const GERUND_PREPOSITIONS = new Set(['to', 'in', 'at', 'for', 'of', 'toward', 'towards', 'on'])

// Bullets are excluded: "\u2022 Can cure sciatica" is a claim written as a list label.
const AUXILIARY_QUESTION_START =
  /^["'(]*(?:can|could|does|do|did|is|are|was|will|would|should|has|have)\s+(?!not\b)[A-Za-z]+\s+[A-Za-z]/i
// Ad headlines drop the question mark of a weary-sufferer opener too: "Tired of migraines ruining your weekends".
const SUFFERER_QUESTION_START =
  /^["'(]*(?:(?:are\s+you\s+)?(?:tired|sick|weary|fed\s+up)\s+(?:of|with)|(?:are\s+you\s+)?still\s+(?:suffering|struggling|living\s+with|in\s+pain|hobbling|limping))\s/i
const TERMINAL_PUNCTUATION = /[.!?\u2026]["')\]]*\s*$/
// The expressions the per-sentence and per-match tests use, made once: a literal in a function
// body makes a new RegExp object each time it runs.
const QUESTION_MARK_END = /\?["')\]]*$/
const SPACE = /\s/
const CLAUSE_STOP = /[,;:()\u2014\u2013]|\s-\s/
const GERUND_START = /^[A-Za-z]+ing\b/i
const FIRST_WORD = /^[A-Za-z]+/

export function isQuestion(sentence: string): boolean {
  const trimmed = sentence.trim()
  if (QUESTION_MARK_END.test(trimmed)) return true
  // FAQ headings often drop the question mark: "Can massage cure sciatica"
  return (
    !TERMINAL_PUNCTUATION.test(trimmed) &&
    (AUXILIARY_QUESTION_START.test(trimmed) || SUFFERER_QUESTION_START.test(trimmed)) &&
    countWords(trimmed) <= 14
  )
}

/**
 * hasDistancingLiteral false: the caller knows the sentence opens none of distancingLiteralGates(),
 * so the distancing cue cannot match and is not run (it runs on every English sentence).
 */
export function isDistanced(sentence: string, hasDistancingLiteral = true): boolean {
  const trimmed = sentence.trim()
  if (hasDistancingLiteral && DISTANCING.test(sentence)) return true
  // "No pill can cure arthritis, but our massage can": the frame denies only what comes before a turn.
  return (
    (NEGATED_FRAME.test(trimmed) && !FRAME_TURN.test(trimmed)) ||
    (NEGATED_OPENING_SHAPE.test(trimmed) && NEGATED_OPENING.test(trimmed)) ||
    (EVIDENCE_COMPLEMENT.test(trimmed) && WEAK_EVIDENCE.test(sentence))
  )
}

/**
 * Per alternative of the distancing cue, the literal lists it needs (alternativeLiteralLists):
 * a sentence can match only where it holds a literal of each list of one alternative. Undefined
 * when unreadable (the cue then always runs).
 */
export function distancingLiteralGates(): string[][][] | undefined {
  return DISTANCING.flags === 'i' ? alternativeLiteralLists(DISTANCING.source) : undefined
}

export function containsHedge(text: string): boolean {
  return HEDGE.test(text)
}

// Negation looks at five words before and a few after a match; these windows (in characters)
// hold them with room to spare and keep the cost of one match independent of the sentence length.
const LOOKBACK = 240
const LOOKAHEAD = 240

/** Starts the window at a word boundary so a cut word is never read as "not" or "no". */
function windowStart(text: string, clauseStart: number, start: number): number {
  const earliest = start - LOOKBACK
  if (earliest <= clauseStart) return clauseStart
  const space = text.slice(earliest, start).search(SPACE)
  return space === -1 ? start : earliest + space
}

/**
 * Text of the clause before a match. Commas end the clause too, except inside a list,
 * so "not to delay, ignore, or avoid medical advice" keeps its "not".
 */
function clauseBefore(cues: SentenceCues, start: number, end: number): string {
  const { text } = cues
  const from = windowStart(text, cues.boundaryEndBefore(start), start)
  // The text after the window's last comma, cut straight from the sentence: most matches are not
  // in a list, and splitting the whole window at its commas for them showed in profiles.
  const comma = start > 0 ? text.lastIndexOf(',', start - 1) : -1
  const last = text.slice(comma >= from ? comma + 1 : from, start)
  const after = text.slice(end, end + LOOKAHEAD)
  const isInList =
    (countWords(last) <= 2 && (LIST_CONTINUATION.test(last) || UPCOMING_LIST_ITEM.test(after))) ||
    (comma >= from &&
      ((countWords(last) <= LIST_ITEM_MAX_WORDS && LIST_CONJUNCTION_END.test(last)) ||
        (countWords(last) === 0 && (LIST_CONJUNCTION_NEXT.test(after) || LIST_CONJUNCTION.test(text.slice(start, end))))))
  if (!isInList) return last
  const segments = text.slice(from, start).split(',')
  segments.pop()
  const kept = [last]
  while (segments.length > 1 && countWords(segments[segments.length - 1]) <= 2)
    kept.unshift(segments.pop() ?? '')
  if (segments.length) kept.unshift(segments.pop() ?? '')
  return kept.join(',')
}

function clauseAfter(sentence: string, end: number): string {
  const suffix = sentence.slice(end, end + LOOKAHEAD)
  const stop = suffix.search(CLAUSE_STOP)
  return stop === -1 ? suffix : suffix.slice(0, stop)
}

export function isNegated(cues: SentenceCues, start: number, end: number): boolean {
  const clause = clauseBefore(cues, start, end)
  // In a list ("not intended to diagnose, treat or cure") the negation before its first item
  // governs every item: the window reaches past the items after the first comma.
  const firstComma = clause.indexOf(',')
  const window = NEGATION_WINDOW + (firstComma === -1 ? 0 : countWords(clause.slice(firstComma)))
  // Only the last `window` words (and the commas among them) are read below.
  const tokens = lastTokens(clause, window)
  let seenWords = 0
  for (let index = tokens.length - 1; index >= 0 && seenWords < window; index -= 1) {
    const token = tokens[index].toLowerCase()
    if (token === ',') continue
    seenWords += 1
    const next = tokens[index + 1]?.toLowerCase()
    // "No, massage ..." is an interjection, not negation of what follows.
    if (next === ',') continue
    if (next && NON_NEGATING_FOLLOWERS[token]?.has(next)) continue
    if (NEGATION_WORDS.has(token) || token.endsWith("n't")) return true
  }
  if (POST_NEGATION.test(clauseAfter(cues.text, end))) return true
  const matchText = cues.text.slice(start, end)
  if (NEGATED_OBJECT_INSIDE.test(matchText)) return true
  if (EMBEDDED_QUESTION.test(clause) && !matchText.includes(',')) return true
  if (
    NEGATED_DESCRIPTION.test(clause) ||
    NEGATED_REPORT.test(clause) ||
    NEGATED_TREATMENT_SUBJECT.test(clause) ||
    NEGATED_DISJUNCTION.test(clause)
  )
    return true
  // Read on the sentence itself: the clause reading stops at the "but" of "anything but a miracle".
  return NOUN_NEGATOR.test(cues.text.slice(Math.max(0, start - NOUN_NEGATOR_REACH), start))
}

function isPrepositionalGerund(sentence: string, start: number, matchText: string): boolean {
  const firstWord = FIRST_WORD.exec(matchText)?.[0] ?? ''
  if (!firstWord.toLowerCase().endsWith('ing')) return false
  const previous = lastTokens(sentence.slice(Math.max(0, start - 64), start), 1).at(-1)?.toLowerCase()
  return previous !== undefined && GERUND_PREPOSITIONS.has(previous)
}

/**
 * Whether a fact-style claim is softened. A participle ("..., reducing inflammation")
 * inherits the hedge of its whole sentence; a finite verb only that of its own clause.
 */
export function isHedged(cues: SentenceCues, start: number, end: number): boolean {
  const matchText = cues.text.slice(start, end)
  if (isPrepositionalGerund(cues.text, start, matchText)) return true
  if (cues.hasHedgePhraseAfter(end)) return true
  if (GERUND_START.test(matchText)) return cues.hasHedgeBetween(0, start)
  return cues.hasHedgeBetween(cues.clauseStartBefore(start), start)
}
