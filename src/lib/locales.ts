import type { PayloadRequest, SanitizedConfig } from 'payload'

/** The configured locale codes (`['en']` when the config has no localization). */
export const localeCodesOf = (config: SanitizedConfig): string[] =>
  config.localization ? config.localization.localeCodes : ['en']

/** The locale wording must exist in before review (`'en'` when the config has no localization). */
export const defaultLocaleOf = (config: SanitizedConfig): string =>
  config.localization ? config.localization.defaultLocale : 'en'

/**
 * Runs `run` and then puts back the request's locale: the Local API writes the locale it was
 * asked for onto the shared `req`, which would switch the caller's own operation to it.
 */
export const keepingLocale = async <T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> => {
  const { locale, fallbackLocale } = req
  try {
    return await run()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
