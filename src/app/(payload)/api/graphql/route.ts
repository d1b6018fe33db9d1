/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* Changed: POST answers 400 to requests refused before execution (src/graphql/withRequestErrorStatus.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestErrorStatus } from '@/graphql/withRequestErrorStatus'

export const POST = withRequestErrorStatus(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
