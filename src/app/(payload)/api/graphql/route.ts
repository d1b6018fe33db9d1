/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRateLimit } from '@/lib/rateLimit/withRateLimit'

export const POST = withRateLimit('graphql', config, GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
