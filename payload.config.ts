import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Disclaimers } from './collections/Disclaimers'
import { Faqs } from './collections/Faqs'
import { Media, MEDIA_MAX_BYTES } from './collections/Media'
import { Techniques } from './collections/Techniques'
import { Therapists } from './collections/Therapists'
import { Users } from './collections/Users'
import { WorkflowEvents } from './collections/WorkflowEvents'
import { defaultEditor } from './src/fields/richTextEditors'
import { databaseAdapter } from './src/lib/db/adapter'
import { graphQLValidationRules } from './src/graphql/operationLimitsRule'
import { emailAdapter } from './src/lib/email'
import { SiteSettings } from './src/globals/SiteSettings'
import { jobs } from './src/jobs'
import { resolvePayloadSecret } from './src/lib/secret'
import { serverUrl } from './src/lib/serverUrl'
import { plugins } from './src/plugins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: serverUrl(),
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Relief CMS' },
  },
  collections: [Articles, Techniques, Faqs, Therapists, Disclaimers, Media, Users, WorkflowEvents],
  globals: [SiteSettings],
  graphQL: { validationRules: graphQLValidationRules },
  editor: defaultEditor,
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'th', label: 'ไทย' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  // Pool size and timeouts come from DATABASE_* variables (src/lib/db/settings.ts).
  db: databaseAdapter({ migrationDir: path.resolve(dirname, 'src/migrations') }),
  email: emailAdapter(),
  jobs,
  secret: resolvePayloadSecret(),
  sharp,
  upload: { limits: { fileSize: MEDIA_MAX_BYTES } },
  plugins,
  telemetry: false,
  // Tests provoke hundreds of expected 4xx errors; their assertions say what matters.
  logger: process.env.NODE_ENV === 'test' ? { options: { level: 'fatal' } } : undefined,
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // A spawned generator outlives test runs; types are generated on demand and checked in CI.
    autoGenerate: false,
  },
})
