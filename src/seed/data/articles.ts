export type SeedArticle = {
  title: string
  excerpt: string
  body: string
  author: string
  techniques: string[]
  faqs: number[]
  topics: string[]
  isPublished: boolean
  callout?: { style: 'info' | 'tip' | 'warning'; text: string }
  references?: { title: string; url: string; publisher: string }[]
  color: [string, string]
}

export const articles: SeedArticle[] = [
  {
    title: 'What massage can and cannot do for sciatica',
    excerpt: 'A plain-language look at where massage fits when pain runs from the lower back into the leg.',
    author: 'clara-jensen',
    techniques: ['swedish-massage', 'deep-tissue-massage', 'trigger-point-therapy'],
    faqs: [0, 1, 4],
    topics: ['sciatica', 'back-pain'],
    isPublished: true,
    color: ['#2f6f73', '#a7d7c5'],
    references: [
      { title: 'Low back pain fact sheet', url: 'https://www.ninds.nih.gov/health-information/disorders/back-pain', publisher: 'NINDS' },
    ],
    body: `## Where the pain comes from

Sciatica describes pain that follows the path of the sciatic nerve, from the lower back through the buttock and down the leg. A disc, narrowed spaces around the nerve or tight muscles nearby can all play a part.

## What a massage session works on

A therapist works on muscles, not on the nerve itself. Loosening tight glutes and lower back muscles can make sitting and walking more comfortable for some people.

- Muscle guarding around the hips
- Tender spots that refer pain down the leg
- Stress and poor sleep that make pain feel worse

## What it does not do

Massage does not move a disc back into place or shrink a bone spur. If symptoms keep getting worse, that is a reason to see a clinician, not to book more sessions.`,
    callout: { style: 'tip', text: 'Write down what helps and what does not after each session; it makes the next visit more useful.' },
  },
  {
    title: 'Five minutes of self-massage between appointments',
    excerpt: 'Simple routines with a tennis ball, a foam roller and a chair.',
    author: 'nattapong-srisuk',
    techniques: ['tennis-ball-glute-release', 'foam-rolling-for-the-hamstrings-and-it-band', 'piriformis-self-massage', 'seated-piriformis-stretch'],
    faqs: [3, 8],
    topics: ['self-care', 'sciatica'],
    isPublished: true,
    color: ['#6a4c93', '#f2c14e'],
    body: `## Before you start

Choose a time when you are warm, for example after a short walk. Keep everything at a level you could describe as firm but comfortable.

## A short routine

1. Tennis ball against the wall on each buttock for one minute.
2. Slow foam rolling of the back of each thigh for two minutes.
3. A seated figure-four stretch for thirty seconds on each side.

## Signs to stop

Stop and rest if you feel tingling, burning, or pain that travels further down the leg than before.`,
    callout: { style: 'warning', text: 'Never roll or press directly on the spine.' },
  },
  {
    title: 'Choosing a massage therapist when you have leg pain',
    excerpt: 'Questions worth asking before the first session.',
    author: 'clara-jensen',
    techniques: ['neuromuscular-therapy', 'myofascial-release'],
    faqs: [2, 5, 6],
    topics: ['sciatica', 'spa'],
    isPublished: true,
    color: ['#c8553d', '#f6e7cb'],
    body: `## Check the basics

Ask about training, licensing and experience with clients who have nerve-related pain.

## Expect an intake

A good therapist asks about your symptoms, medicines and medical history before starting, and adapts the plan as you go.

## Agree on pressure

You should be able to change the pressure at any time. Pain that makes you hold your breath is too much.`,
  },
  {
    title: 'Heat, stones and relaxation: is a spa day worth it for back pain?',
    excerpt: 'What to expect from spa treatments when your back is sore, and when to skip them.',
    author: 'nattapong-srisuk',
    techniques: ['hot-stone-massage', 'swedish-massage', 'thai-massage'],
    faqs: [6, 7],
    topics: ['spa', 'prevention'],
    isPublished: false,
    color: ['#3d5a80', '#e0fbfc'],
    body: `## Relaxation has value

Feeling calmer can change how strongly pain is felt, at least for a while.

## Tell the spa about your back

Fill in the health form fully. Mention numbness, surgery or recent flares so the therapist can adjust the session.

## Know when to skip it

If you have new weakness in a leg or your pain is rapidly getting worse, a spa visit can wait until you have seen a clinician.`,
    callout: { style: 'info', text: 'Ask for a session plan that avoids strong twists and deep forward bends.' },
  },
  {
    title: 'Sitting less: small habits for a calmer lower back',
    excerpt: 'Breaks, chairs and gentle movement through a working day.',
    author: 'clara-jensen',
    techniques: ['lower-back-self-massage', 'hamstring-self-massage'],
    faqs: [7],
    topics: ['prevention', 'back-pain'],
    isPublished: false,
    color: ['#386641', '#f2e8cf'],
    body: `## Move every half hour

Stand up, walk to get water, or take a call standing.

## Set up the chair

Hips slightly above knees, feet flat, and a small cushion behind the lower back if it feels better.

## A minute of self-massage

Thumbs along the muscles beside the spine, slow circles, and then a gentle stretch.`,
  },
]
