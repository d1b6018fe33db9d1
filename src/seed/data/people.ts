import type { Role } from '@/lib/roles'

export const DEMO_PASSWORD = 'relief-dev-password'

export const therapists = [
  {
    name: 'Dr. Maya Okafor',
    headline: 'Physical therapist and medical reviewer',
    bio: 'Maya is a doctor of physical therapy who has spent most of her career in outpatient spine rehabilitation. She reviews Relief content for clinical accuracy and safe wording.',
    yearsOfExperience: 14,
    isMedicalReviewer: true,
    credentials: [
      { type: 'DPT', licenseNumber: 'PT-204118', issuingBody: 'State Board of Physical Therapy', expiresOn: '2029-06-30' },
    ],
    specialties: ['myofascial-release', 'neuromuscular-therapy'],
  },
  {
    name: 'Nattapong Srisuk',
    headline: 'Licensed massage therapist, Thai and deep tissue',
    bio: 'Nattapong trained in traditional Thai massage in Chiang Mai before working in sports clinics. He writes about self-care between sessions.',
    yearsOfExperience: 11,
    isMedicalReviewer: false,
    credentials: [{ type: 'LMT', licenseNumber: 'MT-88310', issuingBody: 'Massage Therapy Board', expiresOn: '2028-01-31' }],
    specialties: ['thai-massage', 'deep-tissue-massage', 'tennis-ball-glute-release'],
  },
  {
    name: 'Clara Jensen',
    headline: 'Licensed massage therapist focused on gentle techniques',
    bio: 'Clara works with clients who find firm pressure hard to tolerate and teaches simple home routines.',
    yearsOfExperience: 7,
    isMedicalReviewer: false,
    credentials: [{ type: 'LMT', licenseNumber: 'MT-90412', issuingBody: 'Massage Therapy Board', expiresOn: '2027-09-30' }],
    specialties: ['swedish-massage', 'hot-stone-massage'],
  },
]

export const users: { email: string; name: string; roles: Role[]; therapist?: string }[] = [
  { email: 'admin@relief.test', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@relief.test', name: 'Eddie Editor', roles: ['editor'] },
  { email: 'reviewer@relief.test', name: 'Maya Okafor', roles: ['reviewer'], therapist: 'dr-maya-okafor' },
]

export const disclaimers = [
  {
    title: 'Medical information notice',
    kind: 'medical',
    body: 'This article explains general ideas about massage and back pain. It is not a diagnosis or a treatment plan. Talk to a doctor or physical therapist about your own symptoms before starting something new.',
    appliesTo: ['articles', 'techniques', 'faqs'],
    isDefault: true,
  },
  {
    title: 'When to get urgent help',
    kind: 'emergency',
    body: 'Call emergency services or go to an emergency department if you lose control of your bladder or bowels, have numbness around the groin, or notice rapidly worsening weakness in your legs.',
    appliesTo: ['articles', 'techniques'],
    isDefault: true,
  },
  {
    title: 'About our therapists',
    kind: 'general',
    body: 'Therapist profiles describe experience and credentials at the time of writing. Check a practitioner\'s licence with the issuing body before booking.',
    appliesTo: ['therapists'],
    isDefault: false,
  },
]
