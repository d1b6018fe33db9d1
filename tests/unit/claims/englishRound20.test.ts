import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the shapes the twentieth round added (care a doctor planned and
// the writer dropped "instead", rushing to A&E, urgent care not needed, waiting lists left, "think
// of us as your GP", letters in a drawer; relief that switches off, conspiracy copy, one-visit
// testimonials, safety for everyone "including …") and the quoted claims it no longer reads as
// ours: an endorsement word that introduces a rebuttal, complaints about rivals, doubts after the
// quote, lists of quoted words. Each group has safe lines in the same shapes.

describe('English rules of the twentieth round (skip-care shapes, quoted claims)', () => {
  it('should flag the twentieth round shapes as their kinds', () => {
    expectRuleKinds([
      ['The specialist wanted to book me a nerve block, but I had acupuncture instead.', 'skip-care'],
      ['My GP prescribed amitriptyline, so I came here and never filled it.', 'skip-care'],
      ["Don't race off to casualty with a numb foot; ring us first.", 'skip-care'],
      ['A tingling thigh is no call for urgent care, just a tight muscle.', 'skip-care'],
      ['Take your name off the orthopaedic waiting list after a month with us.', 'skip-care'],
      ['Treat our studio as your new physio for anything to do with knees.', 'skip-care'],
      ['Shove that hospital letter in the drawer and give us a fortnight.', 'skip-care'],
      ['Hold off on the cortisone injection until you have tried three sessions.', 'skip-care'],
      ['Before you sign up for the epidural, book a course of our deep work.', 'skip-care'],
      ['With our treatment plan, most patients can cancel their spinal surgery.', 'skip-care'],
      ['The throbbing in my heel shut off halfway through the treatment.', 'absolute-relief'],
      ["Since June I haven't had so much as an ache in my shoulder.", 'absolute-relief'],
      ["The drug companies don't want you to discover this simple neck stretch.", 'miracle'],
      ['No exaggeration, his elbows perform miracles on tight calves.', 'miracle'],
      ['Just one massage on Monday and by Tuesday evening I was swimming again.', 'one-visit'],
      ['Fine for everybody, even those with high blood pressure or diabetes.', 'safety'],
      ['My herniated disc was practically rebuilt after her course.', 'cure'],
    ])
  })

  it('should not flag safe lines in the same shapes', () => {
    expectNoRuleFindings([
      'My physio suggested massage alongside her exercises, and I have kept up both.',
      "Don't race off to the car park straight after a deep session; rest a few minutes first.",
      'Our Saturday class has a waiting list of its own; email us to join it.',
      'Keep seeing your GP and let us know about any new numbness.',
      'Most people with a pulled back muscle recover without a scan or an operation.',
      'Nobody here will ever push you to skip a hospital appointment.',
      'Sciatica is a label for a pattern of leg pain rather than a diagnosis.',
      'Get a second opinion from another surgeon before you rush into an operation.',
      'We guarantee a fresh robe and a warm room, not an end to your sciatica.',
      'Suitable for everyone who can lie face down for an hour.',
    ])
  })

  it('should not read rebutted or mentioned quotes as the sentence own claims', () => {
    expectNoRuleFindings([
      'A shop nearby sells a "miracle nerve rub", which is exactly what the trading standards officers warn about.',
      'The leaflet said the patch "cures sciatica", which the regulator rightly found misleading.',
      '"Totally risk-free" means nothing when the seller cannot name a single study.',
      'We complained about a rival studio claiming its wraps "rebuild worn discs".',
      'Ads that call a gadget "the end of back pain" tell you more about the advertiser than the gadget.',
      'Our style guide bans "miracle", "cure-all" and "pain-free forever" from every page.',
      'When a trainer told my dad his hip would be "as good as new", he asked where that idea came from.',
    ])
  })

  it('should still flag a quoted claim the sentence endorses', () => {
    expectRuleKinds([
      ['Clients call her hands "a miracle for sciatica", and honestly, they are.', 'miracle'],
      ['As one client put it, "my back was fixed for good after one visit".', 'cure'],
    ])
  })

  it('should read skip-care in questions, answers, fragments and testimonials', () => {
    expectRuleKinds([
      ['Why trek to the GP when our hands can find the knot in minutes?', 'skip-care'],
      ['Who needs steroid shots once a therapist has found the trigger point?', 'skip-care'],
      ['Our senior therapists can diagnose a trapped nerve by touch alone.', 'skip-care'],
      ['Leaflet: No injections.', 'skip-care'],
      ['"No more painkillers before bed," writes Priya, and the same could be true for you.', 'skip-care'],
      ['Hip bursitis can be treated at home without a specialist using our kit.', 'skip-care'],
      ['Quit relying on anti-inflammatories and book a proper massage.', 'skip-care'],
      ['Do I still need my tablets? Most people bin them after a couple of visits.', 'skip-care'],
      ['Nervous about side effects? Do not worry, our oils have none at all.', 'safety'],
    ])
  })

  it('should not read asked questions, counted doses or deferrals as skip-care', () => {
    expectNoRuleFindings([
      'Why see a GP if the ache is fading? Because some causes need checking.',
      'Our team do not diagnose; a doctor should look at new numbness.',
      'Never take more tablets than the packet says.',
      'Do I still need my tablets? Yes, until your prescriber says otherwise.',
      'Nervous about side effects? Do not worry: soreness is mild and rare, but tell us if it lasts.',
      'The clinic manager\'s answer to "Will massage fix my back for good?" is that nobody can promise that.',
    ])
  })
})
