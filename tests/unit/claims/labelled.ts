/*
 * Hand-written labelled sentences for the claims checker, in our own words.
 * `expected` lists every rule id that should fire; an empty list means "no finding".
 * `isKey` marks cases that get their own assertion besides the precision/recall score.
 */
export interface LabelledSentence {
  text: string
  expected: string[]
  hasReferences?: boolean
  isKey?: boolean
}

export const LABELLED_SENTENCES: LabelledSentence[] = [
  // cure / permanent healing
  { text: 'Regular deep tissue massage cures sciatica.', expected: ['cure-claim'], isKey: true },
  {
    text: 'Our signature treatment has cured hundreds of clients of their back pain.',
    expected: ['cure-claim'],
  },
  { text: 'Think of this stretching routine as a natural cure for nerve pain.', expected: ['cure-claim'] },
  { text: 'Curing sciatica at home is easier than you think.', expected: ['cure-claim'] },
  { text: 'This programme will heal your back permanently.', expected: ['permanent-healing'], isKey: true },
  { text: 'Our therapists fix herniated discs in just three visits.', expected: ['permanent-healing'] },
  { text: 'Get rid of sciatica with one simple technique.', expected: ['permanent-healing'] },
  { text: 'Massage reverses nerve damage.', expected: ['permanent-healing'] },

  // negated or questioned cure claims
  {
    text: 'Massage cannot cure a herniated disc, but it may ease the muscle tension around it.',
    expected: [],
    isKey: true,
  },
  { text: "Even the best therapist can't magically cure a pinched nerve.", expected: [], isKey: true },
  {
    text: 'Hot stones can\u2019t magically cure nerve pain, though they may feel soothing.',
    expected: [],
    isKey: true,
  },
  { text: 'Hot stone massage will not cure the underlying problem.', expected: [], isKey: true },
  { text: 'Massage is not a cure for sciatica.', expected: [], isKey: true },
  { text: 'There is no known cure that suits every kind of back pain.', expected: [] },
  { text: 'Can massage cure sciatica?', expected: [], isKey: true },
  { text: 'Does deep tissue work cure a slipped disc', expected: [] },
  { text: 'Researchers are still searching for a cure for disc degeneration.', expected: [] },
  { text: 'Be wary of any clinic that claims massage cures sciatica.', expected: [], isKey: true },
  { text: 'No, massage does not cure sciatica.', expected: [] },
  { text: 'Massage won\u2019t fix a bulging disc.', expected: [] },
  { text: 'Most mild muscle strains heal within a few weeks.', expected: [] },
  { text: 'Not only does massage relax you, it cures sciatica.', expected: ['cure-claim'] },
  { text: 'Why suffer? Massage cures sciatica.', expected: ['cure-claim', 'rhetorical-promise'] },

  // guarantees and certainty
  { text: 'Guaranteed relief from sciatica after your first session.', expected: ['guarantee'], isKey: true },
  { text: 'Our method is 100% effective for lower back pain.', expected: ['guarantee'], isKey: true },
  { text: 'This technique always works, even for severe nerve pain.', expected: ['guarantee'], isKey: true },
  { text: 'We promise lasting results.', expected: ['guarantee'] },
  { text: 'There is no guarantee that massage will help every person.', expected: [], isKey: true },
  { text: 'We cannot guarantee any particular outcome.', expected: [] },
  { text: 'Relief is not guaranteed, and results vary.', expected: [] },
  { text: 'Book online with our satisfaction guarantee.', expected: [] },
  { text: 'Make sure to drink water after your session.', expected: [] },

  // miracle or magic
  { text: 'Arnica balm is a miracle worker for aching muscles.', expected: ['miracle-claim'] },
  {
    text: 'Many clients call this stretch a cure-all for back trouble.',
    expected: ['cure-claim', 'miracle-claim'],
  },
  { text: 'Your sciatica pain will magically disappear.', expected: ['magic-claim'] },
  { text: 'There is no magic bullet for sciatica.', expected: [] },
  { text: 'The warm oil and soft music make the hour feel magical.', expected: [] },
  { text: 'The heat pad worked like a spell on my aching neck.', expected: ['magic-simile'] },
  { text: 'The new booking page works like a charm.', expected: [] },
  {
    text: 'Our 100% natural balm is a miracle cure that works every time.',
    expected: ['cure-claim', 'guarantee', 'miracle-claim'],
  },

  // permanent and absolute relief
  { text: 'Enjoy permanent relief from sciatica.', expected: ['permanent-relief'], isKey: true },
  { text: 'Be pain-free forever after our six-week programme.', expected: ['permanent-relief'], isKey: true },
  { text: 'You will never feel back pain again.', expected: ['permanent-relief'] },
  { text: 'This stretch eliminates pain completely.', expected: ['permanent-relief'], isKey: true },
  { text: 'Your sciatica will never come back.', expected: ['permanent-relief', 'prevention-promise'] },
  { text: 'No more nerve pain, ever.', expected: ['permanent-relief'] },
  { text: 'Permanent relief is unrealistic for most people with sciatica.', expected: [] },
  { text: 'Relief from massage is usually temporary.', expected: [] },
  { text: 'Want permanent relief?', expected: [] },
  { text: 'Get instant relief from shooting leg pain.', expected: ['absolute-relief'] },
  { text: 'Imagine a pain-free life without sciatica.', expected: ['absolute-relief'] },
  { text: 'Say goodbye to lower back pain.', expected: ['absolute-relief'] },
  { text: 'Move slowly within a pain-free range of motion.', expected: [] },
  { text: 'Most people notice some relief after a few sessions.', expected: [] },

  // proof and research claims without references
  {
    text: 'Our cupping protocol is clinically proven to relieve sciatica.',
    expected: ['clinically-proven'],
    isKey: true,
  },
  { text: 'Science has proven that massage loosens a tight piriformis.', expected: ['clinically-proven'] },
  { text: 'Research proves that trigger point therapy works.', expected: ['clinically-proven'] },
  { text: 'Clinically proven to reduce pain (Smith et al., 2019).', expected: [], isKey: true },
  { text: 'It has not been proven that massage prevents sciatica.', expected: [] },
  { text: 'Studies show that massage lowers stress hormones.', expected: ['research-says'], isKey: true },
  { text: 'Experts agree that massage is the best first step for sciatica.', expected: ['research-says'] },
  { text: 'A recent study found that weekly massage eased back pain.', expected: ['research-says'] },
  {
    // A reference list elsewhere no longer supports an appeal to research (issue 13). The appeal
    // states a finding: "research suggests ... may" is a hedged appeal, which the rules let pass.
    text: 'Research shows massage eases low back pain in the short term.',
    expected: ['research-says'],
    hasReferences: true,
    isKey: true,
  },
  { text: 'Some research suggests massage may ease pain for a few weeks [3].', expected: [] },
  { text: 'More research is needed before firm conclusions can be drawn.', expected: [] },

  // safety
  { text: 'Massage has no side effects.', expected: ['safety-absolute'], isKey: true },
  { text: 'Deep tissue work is completely safe for everyone.', expected: ['safety-absolute'], isKey: true },
  { text: 'Our treatments are risk-free.', expected: ['safety-absolute'] },
  { text: 'Massage is generally safe, though some people feel sore the next day.', expected: [] },
  { text: 'Massage is not risk-free for people with blood clots.', expected: [] },
  { text: 'Try our risk-free trial session.', expected: [] },
  { text: 'Are there any side effects of deep tissue massage?', expected: [] },

  // skipping or replacing medical care
  {
    text: 'With regular massage there is no need to see a doctor.',
    expected: ['skip-medical-care'],
    isKey: true,
  },
  { text: 'Try massage instead of surgery.', expected: ['skip-medical-care'], isKey: true },
  {
    text: 'You can stop taking your pain medication once you start massage.',
    expected: ['skip-medical-care'],
    isKey: true,
  },
  { text: 'Massage is a safer alternative to surgery.', expected: ['skip-medical-care'] },
  { text: 'Skip the doctor and book a massage.', expected: ['skip-medical-care'] },
  { text: 'Why ring the GP when a massage settles it?', expected: ['skip-care-question'] },
  {
    text: 'Do not stop taking prescribed medication without speaking to your doctor.',
    expected: [],
    isKey: true,
  },
  { text: 'Massage is not a substitute for medical care.', expected: [], isKey: true },
  { text: 'If numbness spreads, stop the massage and see a doctor straight away.', expected: [] },
  { text: 'Most people with sciatica do not need surgery.', expected: [] },
  { text: 'Use massage alongside, not instead of, the care your GP arranges.', expected: [] },
  { text: 'Never ignore bladder or bowel changes; seek medical help immediately.', expected: [] },

  // efficacy stated as fact
  {
    text: 'Massage reduces inflammation around the sciatic nerve.',
    expected: ['efficacy-inflammation'],
    isKey: true,
  },
  {
    text: 'Warm compresses relax the area, lowering inflammation in the surrounding tissue.',
    expected: ['efficacy-inflammation'],
  },
  { text: 'Massage may reduce inflammation in some people.', expected: [], isKey: true },
  { text: 'Some techniques can help lower inflammation.', expected: [] },
  { text: 'Massage reduces inflammation after exercise.', expected: ['efficacy-inflammation'], hasReferences: true },
  { text: 'Massage reduces inflammation after exercise [4].', expected: [] },
  { text: 'Our therapists fix the root cause of sciatica.', expected: ['permanent-healing', 'root-cause-claim'] },
  { text: 'One session and you will walk out pain-free.', expected: ['one-visit-promise', 'absolute-relief'] },
  { text: 'Massage heals the sciatic nerve.', expected: ['efficacy-tissue-repair'], isKey: true },
  { text: 'Each session repairs damaged tissue around the spine.', expected: ['efficacy-tissue-repair'] },
  { text: 'Myofascial release frees the trapped nerve.', expected: ['efficacy-tissue-repair'] },
  { text: 'Gentle movement may help irritated tissues recover.', expected: [] },
  {
    text: 'Massage triggers the release of endorphins, which block pain.',
    expected: ['efficacy-endorphins'],
  },
  { text: 'Massage can stimulate endorphins, which may lift your mood.', expected: [] },
  { text: 'Monthly massage prevents sciatica from returning.', expected: ['efficacy-prevention', 'prevention-promise'] },
  { text: 'Regular sessions keep back pain at bay.', expected: ['efficacy-prevention'] },
  { text: 'Staying active is one approach to preventing flare-ups.', expected: [] },
  { text: 'A firm massage flushes toxins out of your muscles.', expected: ['mechanism-myth'] },
  { text: 'Our therapist will realign your spine during the session.', expected: ['mechanism-myth'] },
  { text: 'Targeted pressure can push a bulging disc back into place.', expected: ['mechanism-myth'] },

  // ordinary, safe content
  { text: 'Sciatica is pain that travels along the path of the sciatic nerve.', expected: [] },
  { text: 'A therapist will ask about your symptoms and medical history before the session.', expected: [] },
  { text: 'Heat packs may help tight muscles relax.', expected: [] },
  { text: 'See a doctor urgently if you notice weakness in your leg.', expected: [] },
  { text: 'Deep tissue massage focuses on the deeper layers of muscle.', expected: [] },
  { text: 'Drink water and rest after your appointment.', expected: [] },
  { text: 'Why not combine massage with a gentle walking routine?', expected: [] },
  { text: 'Many people find massage relaxing and report less stiffness.', expected: [] },
  { text: 'Results cannot be guaranteed, but many clients feel looser afterwards.', expected: [] },

  // harder cases, including ones the checker is known to get wrong
  { text: 'Massage, unlike surgery, cures nothing.', expected: [] },
  { text: 'A cure is not possible, but symptoms can often be managed.', expected: [] },
  { text: 'Our clients say massage cured their sciatica.', expected: ['cure-claim'] },
  { text: 'Massage resolves sciatica.', expected: ['permanent-healing'] },
  { text: 'Sciatica often resolves on its own within weeks.', expected: [] },
  { text: 'Massage helps reduce inflammation.', expected: ['efficacy-inflammation'] },
  { text: 'Nothing beats a massage for permanent relief.', expected: ['permanent-relief', 'superlative-claim'] },
  { text: 'In our experience, sciatica never returns after six sessions.', expected: ['permanent-relief'] },
  { text: 'We advise readers not to delay, ignore, or avoid medical advice.', expected: [] },
  // An implied cure with no cure vocabulary, read since round 25 ("is the answer to your {condition}").
  { text: 'Massage is the answer to your sciatica.', expected: ['cure-claim'] },
  // Known false positive: reported speech about other clinics' promises.
  {
    text: 'Many clinics promise results; we prefer to explain what massage can and cannot do.',
    expected: [],
  },
]
