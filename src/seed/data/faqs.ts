export type SeedFaq = { question: string; answer: string; topic: string; techniques?: string[] }

export const faqs: SeedFaq[] = [
  {
    question: 'Is massage a treatment for the cause of sciatica?',
    answer: 'No. Massage works on muscles and comfort; it does not repair a disc or remove pressure from a nerve root. Many people use it alongside care from a doctor or physical therapist.',
    topic: 'sciatica',
  },
  {
    question: 'How often should I book a massage when my leg pain flares?',
    answer: 'There is no fixed rule. Some people try one session a week for a few weeks and then review with their therapist whether it is helping.',
    topic: 'sciatica',
  },
  {
    question: 'Which massage style is best to start with?',
    answer: 'A gentle style such as Swedish massage lets the therapist learn what you tolerate before adding focused work.',
    topic: 'sciatica',
    techniques: ['swedish-massage'],
  },
  {
    question: 'Can I massage my own glutes at home?',
    answer: 'Yes, a tennis ball against a wall is a common start. Keep the pressure tolerable and stop if you feel tingling down the leg.',
    topic: 'self-care',
    techniques: ['tennis-ball-glute-release', 'piriformis-self-massage'],
  },
  {
    question: 'Should it hurt during the session?',
    answer: 'Some tenderness over tight muscles is common, but sharp, burning or shooting pain is a signal to stop and tell the therapist.',
    topic: 'sciatica',
  },
  {
    question: 'When should I see a doctor instead of booking a massage?',
    answer: 'Seek medical care first if you notice new weakness in a leg, numbness in the groin area, or changes in bladder or bowel control, or if pain follows a fall or accident.',
    topic: 'sciatica',
  },
  {
    question: 'Is a spa massage different from a clinical massage?',
    answer: 'Spa sessions focus on relaxation; clinical sessions usually include an assessment and a plan. Both should include a health questionnaire.',
    topic: 'spa',
  },
  {
    question: 'Can regular massage help prevent back pain from coming back?',
    answer: 'Evidence is mixed. Staying active, taking breaks from sitting and building strength matter most; massage can be a pleasant part of that routine.',
    topic: 'prevention',
  },
  {
    question: 'Is foam rolling safe with sciatica?',
    answer: 'Rolling the thighs slowly is usually fine. Avoid rolling directly on the lower spine and stop if it increases leg symptoms.',
    topic: 'self-care',
    techniques: ['foam-rolling-for-the-hamstrings-and-it-band'],
  },
]
