import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the readings the thirtieth round added for short commercial and
// personal copy (walk-in/walk-out contrasts, same-day and no-second-visit promises, medicines named
// with their modifiers, swaps and "a life without" care, subjectless relief fragments) and the safe
// lines beside them: reports by relatives or other salons that the review rebuts, next-sentence
// rebuttals, and a negated treatment with an aside before a present-tense verb.

describe('English rules of the thirtieth round (short copy: one-visit, skip-care, quoted reports)', () => {
  it('should flag one-visit promises written as contrasts, same-day results and no second booking', () => {
    expectRuleKinds([
      ['Crept in with a locked hip, bounced out to the bus stop!', 'one-visit'],
      ['Achy shoulders in, easy shoulders out – every Saturday special', 'one-visit'],
      ['Stiffness gone the same afternoon with our Express Hour', 'one-visit'],
      ['Our regulars hardly ever need a second appointment for a stiff neck.', 'one-visit'],
      ['Just one massage and you will never think twice about your knee again', 'one-visit'],
    ])
  })

  it('should flag dropped medicines named with modifiers, swaps and a life without care', () => {
    expectRuleKinds([
      ['Voice note: quit the heart tablets, the reiki has it covered', 'skip-care'],
      ['Weekly cupping is my pharmacy now', 'skip-care'],
      ['Our herbal steam is the gentle swap for your asthma inhaler', 'skip-care'],
      ['Treat yourself to a future without statins – six sessions, £210', 'skip-care'],
      ['No need to carry on with the muscle relaxants after your first visit!', 'skip-care'],
    ])
  })

  it('should flag cures and relief of wider conditions and subjectless relief fragments', () => {
    expectRuleKinds([
      ['Tinnitus gone for good after our sound bath series', 'cure'],
      ['Caption: totally pain-free after my Sunday reset', 'absolute-relief'],
      ['Every last twinge in my calves, completely gone', 'absolute-relief'],
    ])
  })

  it('should not flag a report by a relative or another salon that the review rebuts', () => {
    expectNoRuleFindings([
      'My brother swears the cupping cured his sciatica, but his physio thinks otherwise.',
      'A salon across town told me I could drop my inhaler. Glad I ignored them.',
      'Apparently my back was "fixed for good" after one go. It was not.',
    ])
  })

  it('should not flag a negated treatment with an aside before a present-tense verb, nor hedged or booking copy', () => {
    expectNoRuleFindings([
      'No session, however long, replaces your insulin.',
      'My knee felt easier after one session, though I will probably need a few more.',
      'This is the only appointment you will need to bring your scan results to.',
      'Hi Ana, your one-hour massage is booked for Friday; reply C to cancel.',
    ])
  })
})
