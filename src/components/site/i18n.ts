import type { SiteLocale } from '@/richtext/paths'

/** The reference site's own words (everything else on a page is reviewed content). */
const WORDS = {
  en: {
    siteName: 'Relief',
    tagline: 'Massage and sciatica care, medically reviewed',
    articles: 'Articles',
    techniques: 'Techniques',
    faq: 'FAQ',
    search: 'Search',
    noArticles: 'No published articles yet.',
    reviewedBy: 'Medically reviewed by',
    lastReviewed: 'Last reviewed',
    nextReview: 'Next review due',
    reReview: 'Re-review in progress',
    disclaimers: 'Please note',
    relatedTechniques: 'Techniques in this article',
    references: 'References',
    aboutAuthor: 'About the author',
    writtenBy: 'Written by',
    professional: 'With a therapist',
    selfMassage: 'Self-massage',
    precautions: 'Precautions',
    benefits: 'Benefits',
    minutes: 'minutes',
    pressure: 'Pressure',
    credentials: 'Credentials',
    yearsOfExperience: 'years of experience',
    articlesBy: 'Articles',
    searchPlaceholder: 'Search articles, techniques and questions',
    searchButton: 'Search',
    noResults: 'Nothing found for',
    searchUnavailable: 'Search is not available right now.',
    otherLanguage: 'ภาษาไทย',
    draftBanner: 'Draft preview: you are seeing unpublished wording.',
    exitPreview: 'Leave preview',
  },
  th: {
    siteName: 'Relief',
    tagline: 'การนวดและการดูแลอาการปวดหลังร้าวลงขา ผ่านการตรวจทานทางการแพทย์',
    articles: 'บทความ',
    techniques: 'เทคนิค',
    faq: 'คำถามที่พบบ่อย',
    search: 'ค้นหา',
    noArticles: 'ยังไม่มีบทความที่เผยแพร่',
    reviewedBy: 'ตรวจทานทางการแพทย์โดย',
    lastReviewed: 'ตรวจทานล่าสุด',
    nextReview: 'ตรวจทานครั้งถัดไป',
    reReview: 'อยู่ระหว่างการตรวจทานใหม่',
    disclaimers: 'โปรดทราบ',
    relatedTechniques: 'เทคนิคในบทความนี้',
    references: 'แหล่งอ้างอิง',
    aboutAuthor: 'เกี่ยวกับผู้เขียน',
    writtenBy: 'เขียนโดย',
    professional: 'ทำโดยนักบำบัด',
    selfMassage: 'นวดด้วยตนเอง',
    precautions: 'ข้อควรระวัง',
    benefits: 'ประโยชน์',
    minutes: 'นาที',
    pressure: 'แรงกด',
    credentials: 'คุณวุฒิ',
    yearsOfExperience: 'ปีของประสบการณ์',
    articlesBy: 'บทความ',
    searchPlaceholder: 'ค้นหาบทความ เทคนิค และคำถาม',
    searchButton: 'ค้นหา',
    noResults: 'ไม่พบผลลัพธ์สำหรับ',
    searchUnavailable: 'ระบบค้นหายังไม่พร้อมใช้งาน',
    otherLanguage: 'English',
    draftBanner: 'ตัวอย่างฉบับร่าง: ข้อความนี้ยังไม่ได้เผยแพร่',
    exitPreview: 'ออกจากโหมดตัวอย่าง',
  },
} as const

export type Words = (typeof WORDS)[SiteLocale]
export const wordsFor = (locale: string): Words => (locale === 'th' ? WORDS.th : WORDS.en)

/** Dates as readers of each locale write them (Thai uses the Buddhist calendar). */
export const formatDate = (value: string | null | undefined, locale: string) =>
  value
    ? new Date(value).toLocaleDateString(locale === 'th' ? 'th-TH' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })
    : null
