// Deterministic article generator for the import benchmark: varied plain-text, Markdown and
// HTML articles with headings, bullet and numbered lists, an FAQ section, a disclaimer, an
// author trailer on some and the usual site boilerplate.

/** Mulberry32: a small seeded PRNG, so every run imports the same 1,000 articles. */
export const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

type Random = () => number
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const some = <T>(random: Random, list: readonly T[], count: number): T[] => {
  const pool = [...list]
  const out: T[] = []
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T)
  return out
}

const TITLE_VERBS = ['Easing', 'Understanding', 'Relieving', 'Managing', 'Soothing']
const TOPICS = ['sciatica', 'lower back pain', 'tight hamstrings', 'piriformis tension', 'stiff hips', 'desk-worker aches', 'post-run soreness', 'glute tightness']
const TECHNIQUES = ['Swedish massage', 'deep tissue massage', 'trigger point therapy', 'myofascial release', 'hot stone massage', 'foam rolling', 'a tennis ball glute release', 'neuromuscular therapy']
const SUBJECTS = ['Gentle pressure', 'A warm compress', 'Slow stretching', 'A short walk', 'Steady breathing', 'Light kneading', 'A supportive cushion', 'Regular movement']
const VERBS = ['can ease', 'may relax', 'often softens', 'tends to calm', 'can loosen', 'may reduce']
const OBJECTS = ['tight glute muscles', 'tension in the lower back', 'a stiff piriformis', 'sore hamstrings', 'guarding around the hips', 'muscle knots near the spine']
const CONTEXTS = ['after a long day at a desk', 'before bed', 'on rest days', 'after a warm shower', 'between therapy sessions', 'first thing in the morning']
const HEADINGS = ['Why it helps', 'Before you begin', 'A simple routine', 'What to avoid', 'When to see a therapist', 'Making it a habit', 'Tools you can use', 'Listening to your body', 'Choosing a technique', 'Working with a professional']
const LIST_ITEMS = ['Keep the pressure light', 'Breathe slowly', 'Stop if anything feels sharp', 'Use a firm chair', 'Drink some water afterwards', 'Warm up for five minutes', 'Switch sides evenly', 'Rest between rounds', 'Wear loose clothing', 'Keep a short diary']
const STEPS = ['Sit tall with both feet flat', 'Place the ball under one glute', 'Roll slowly in small circles', 'Pause on any tender spot for a few breaths', 'Switch to the other side', 'Finish with a gentle stretch']
const QUESTIONS = ['How often should I do this?', 'Can I do it during a flare-up?', 'Do I need special equipment?', 'How long before I notice a difference?', 'Is it safe if I am pregnant?', 'Should it hurt?', 'Can I combine it with stretching?', 'What if the pain spreads down my leg?']
const ANSWERS = ['Most people start with a few minutes a day and adjust from there.', 'Keep the pressure very light and stop if the pain increases.', 'A tennis ball or a rolled towel is enough for most routines.', 'Many people notice looser muscles within a couple of weeks.', 'Ask your midwife or doctor before trying a new routine.', 'It may feel intense, but it should never feel sharp.', 'Yes, gentle stretching afterwards often feels good.', 'See a clinician if pain travels below the knee or you feel numbness.']
const DISCLAIMERS = [
  'This article is for informational purposes only and is not a substitute for professional medical advice. Always consult your doctor before starting a new routine.',
  'The content on this page is for informational purposes only and is not a substitute for professional medical advice. Always consult your physician before starting any new routine.',
  'Information on this site is for general educational purposes only and does not replace a consultation with a qualified healthcare professional.',
]
const AUTHORS = ['Mara Lindqvist', 'Priya Natarajan', 'Tobias Brennan', 'Noor Haddad', 'Kenji Watanabe']
const BOILERPLATE = ['Share on Facebook', 'Tweet', 'Leave a Reply', 'Recommended Articles']

const sentence = (random: Random) =>
  `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, CONTEXTS)}.`
const paragraph = (random: Random, technique?: string) => {
  const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random))
  if (technique) sentences.splice(1, 0, `Some people also ask their therapist about ${technique}.`)
  return sentences.join(' ')
}

interface Parts {
  title: string
  intro: string
  sections: { heading: string; text: string; list?: string[]; steps?: string[] }[]
  faqs: { question: string; answer: string }[]
  disclaimer: string
  author?: string
}

const makeParts = (random: Random, index: number): Parts => {
  const topic = pick(random, TOPICS)
  const techniques = some(random, TECHNIQUES, 2)
  const headings = some(random, HEADINGS, 3 + Math.floor(random() * 3))
  return {
    title: `${pick(random, TITLE_VERBS)} ${topic} with massage, part ${index + 1}`,
    intro: paragraph(random, techniques[0]),
    sections: headings.map((heading, position) => ({
      heading,
      text: paragraph(random, position === 1 ? techniques[1] : undefined),
      ...(position === 0 ? { list: some(random, LIST_ITEMS, 3 + Math.floor(random() * 3)) } : {}),
      ...(position === 2 ? { steps: STEPS.slice(0, 3 + Math.floor(random() * 4)) } : {}),
    })),
    faqs: some(random, QUESTIONS.map((question, n) => ({ question, answer: ANSWERS[n] as string })), 3 + Math.floor(random() * 2)),
    disclaimer: pick(random, DISCLAIMERS),
    ...(random() < 0.4 ? { author: pick(random, AUTHORS) } : {}),
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const toText = (parts: Parts): string =>
  [
    capitalise(parts.title),
    'Home > Articles > Self-care',
    parts.intro,
    ...parts.sections.flatMap((section) => [
      section.heading,
      section.text,
      ...(section.list ? [section.list.map((item) => `  • ${item}`).join('\n')] : []),
      ...(section.steps ? [section.steps.map((step, n) => `  ${n + 1}. ${step}.`).join('\n')] : []),
    ]),
    'Frequently Asked Questions',
    ...parts.faqs.flatMap((faq) => [faq.question, faq.answer]),
    `Disclaimer: ${parts.disclaimer}`,
    ...(parts.author ? ['About the Author', `${parts.author} is a licensed massage therapist who writes about everyday back care.`] : []),
    ...BOILERPLATE,
  ].join('\n\n')

const toMarkdown = (parts: Parts): string =>
  [
    `# ${capitalise(parts.title)}`,
    parts.intro,
    ...parts.sections.flatMap((section) => [
      `## ${section.heading}`,
      section.text,
      ...(section.list ? [section.list.map((item) => `- ${item}`).join('\n')] : []),
      ...(section.steps ? [section.steps.map((step, n) => `${n + 1}. ${step}.`).join('\n')] : []),
    ]),
    '## FAQ',
    ...parts.faqs.flatMap((faq) => [`### ${faq.question}`, faq.answer]),
    `> Disclaimer: ${parts.disclaimer}`,
    ...(parts.author ? [`Written by ${parts.author}, LMT`] : []),
    ...BOILERPLATE,
  ].join('\n\n')

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

const toHtml = (parts: Parts): string =>
  `<!doctype html><html><head><title>${escape(parts.title)}</title><script>track()</script></head><body>
<nav><a href="/">Home</a></nav>
<article>
<h1>${escape(capitalise(parts.title))}</h1>
<p onclick="track()">${escape(parts.intro)}</p>
${parts.sections
  .map(
    (section) =>
      `<h2>${escape(section.heading)}</h2><p>${escape(section.text)}</p>` +
      (section.list ? `<ul>${section.list.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>` : '') +
      (section.steps ? `<ol>${section.steps.map((step) => `<li>${escape(step)}.</li>`).join('')}</ol>` : ''),
  )
  .join('\n')}
<h2>Frequently Asked Questions</h2>
${parts.faqs.map((faq) => `<h3>${escape(faq.question)}</h3><p>${escape(faq.answer)}</p>`).join('\n')}
<p><strong>Disclaimer:</strong> ${escape(parts.disclaimer)}</p>
${parts.author ? `<p>Written by ${escape(parts.author)}, LMT</p>` : ''}
${BOILERPLATE.map((line) => `<p>${line}</p>`).join('')}
</article></body></html>`

export interface GeneratedArticle {
  name: string
  content: string
}

/** `count` articles: 60% plain text, 30% Markdown, 10% HTML. */
export function generateArticles(count: number, seed = 20261121): GeneratedArticle[] {
  const random = prng(seed)
  return Array.from({ length: count }, (_, index) => {
    const parts = makeParts(random, index)
    const roll = random()
    const [extension, render] = roll < 0.6 ? ['txt', toText] : roll < 0.9 ? ['md', toMarkdown] : ['html', toHtml]
    return { name: `article-${String(index + 1).padStart(4, '0')}.${extension}`, content: render(parts) }
  })
}
