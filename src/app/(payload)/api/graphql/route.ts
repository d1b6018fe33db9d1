/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* Changed: rate limited per IP (src/lib/rateLimit), requests refused before execution answer 400
   (src/graphql/withRequestErrorStatus.ts), and a body that is not JSON answers 400 instead of an
   empty 500 (src/lib/http/withJsonErrors.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestErrorStatus } from '@/graphql/withRequestErrorStatus'
import { withJsonErrors } from '@/lib/http/withJsonErrors'
import { withRateLimit } from '@/lib/rateLimit/withRateLimit'

export const POST = withRateLimit('graphql', config, withJsonErrors(withRequestErrorStatus(GRAPHQL_POST(config))))

export const OPTIONS = REST_OPTIONS(config)
