type Json = Record<string, unknown>

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: Json, description = 'OK') => ({ description, content: { 'application/json': { schema } } })
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/Error${code}` }]))
const queryParam = (name: string, schema: Json, description: string, required = false) => ({
  name,
  in: 'query',
  required,
  schema,
  description,
})

const WORKFLOW_ACTIONS = ['submit', 'withdraw', 'request_changes', 'approve', 'publish', 'reaffirm', 'unpublish', 'restore']

/** Custom endpoints of every content collection, keyed by the Payload endpoint path. */
export const collectionEndpointDocs = (tag: string): Record<string, Json> => ({
  'post /:id/workflow': {
    summary: `Run a workflow transition on one ${tag} document`,
    description: 'Staff only. 409 names the current state and the allowed actions; 422 lists every failed guard.',
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['action'],
            additionalProperties: false,
            properties: {
              action: { type: 'string', enum: WORKFLOW_ACTIONS },
              comment: { type: 'string' },
              acknowledgeFindings: { type: 'boolean' },
            },
          },
        },
      },
    },
    responses: {
      '200': json({ type: 'object', required: ['doc', 'event'], properties: { doc: { type: 'object' }, event: { type: 'object' } } }),
      ...errors(400, 401, 403, 404, 409, 422),
    },
  },
  'get /:id/workflow': {
    summary: `Workflow state, allowed actions and history of one ${tag} document`,
    responses: {
      '200': json({
        type: 'object',
        required: ['live', 'draft', 'state', 'allowedActions', 'history'],
        properties: {
          live: { type: 'string', enum: ['none', 'published', 'archived'] },
          draft: { type: ['string', 'null'], enum: ['draft', 'in_review', 'changes_requested', 'approved', null] },
          state: { type: 'string' },
          allowedActions: { type: 'array', items: { type: 'string', enum: WORKFLOW_ACTIONS } },
          history: { type: 'array', items: { type: 'object' } },
        },
      }),
      ...errors(401, 403, 404),
    },
  },
  'post /:id/workflow/schedule': {
    summary: `Schedule a workflow transition (publish or unpublish) of one ${tag} document`,
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['action', 'at'],
            properties: { action: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
          },
        },
      },
    },
    responses: { '202': json({ type: 'object' }, 'Accepted: the transition is queued'), ...errors(400, 401, 403, 404, 409) },
  },
})

/** Root endpoints (config.endpoints) and the delivery endpoints of DESIGN §7, by API path. */
export const rootEndpointDocs: Record<string, Json> = {
  'post /medical-claims/check': {
    tags: ['medical'],
    summary: 'Check text for risky medical claims (staff only)',
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['text'],
            properties: {
              text: { type: 'string' },
              locale: { type: 'string', enum: ['en', 'th'] },
              citations: {
                type: 'array',
                description: 'Where links and reference nodes sit in text (UTF-16 offsets); a claim beside one counts as cited',
                items: {
                  type: 'object',
                  required: ['start', 'end'],
                  properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
                },
              },
            },
          },
        },
      },
    },
    responses: {
      '200': json({ type: 'object', required: ['findings'], properties: { findings: { type: 'array', items: ref('ClaimFinding') } } }),
      ...errors(400, 401, 403),
    },
  },
  'post /import': {
    tags: ['import'],
    summary: 'Import plain-text, Markdown or HTML files as draft articles (admin only)',
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['files'],
            properties: {
              files: { type: 'array', items: { type: 'string', format: 'binary' } },
              dryRun: { type: 'string', enum: ['true', 'false'] },
              locale: { type: 'string' },
              author: { type: 'string', description: 'A therapist slug' },
            },
          },
        },
      },
    },
    responses: { '200': json({ type: 'object', description: 'The import summary, per file' }), ...errors(400, 401, 403, 413) },
  },
  'get /health': {
    tags: ['operations'],
    summary: 'Liveness: the process is up (never touches the database)',
    responses: { '200': json({ type: 'object', properties: { status: { const: 'ok' } } }) },
  },
  'get /health/ready': {
    tags: ['operations'],
    summary: 'Readiness: the database answers and every migration is applied',
    responses: {
      '200': json({ type: 'object', properties: { status: { const: 'ready' } } }),
      '503': json({ type: 'object', properties: { status: { type: 'string' }, reason: { type: 'string' } } }, 'Not ready'),
    },
  },
  'get /search': {
    tags: ['delivery'],
    summary: 'Search live content (title, excerpt, body text), ranked, with highlighted snippets',
    description: 'PostgreSQL full-text search for `en`, trigram matching for `th`. Live (published) content only.',
    parameters: [
      queryParam('q', { type: 'string', minLength: 1 }, 'The search text', true),
      queryParam('locale', { type: 'string', enum: ['en', 'th'] }, 'The locale to search (default en)'),
      queryParam('collections', { type: 'string' }, 'Comma-separated collection slugs (default: every content collection)'),
      queryParam('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'Results per page'),
    ],
    responses: {
      '200': json({ type: 'object', properties: { docs: { type: 'array', items: ref('SearchHit') } } }),
      ...errors(400),
    },
  },
  'get /changes': {
    tags: ['delivery'],
    summary: 'Live changes in order (published, unpublished, deleted with tombstones), for static builds and sync',
    parameters: [
      queryParam('since', { type: 'string' }, 'The cursor of the last change already seen (omit to start from the beginning)'),
      queryParam('limit', { type: 'integer', minimum: 1, maximum: 100 }, 'Changes per page'),
    ],
    responses: {
      '200': json({
        type: 'object',
        properties: { changes: { type: 'array', items: ref('LiveChange') }, next: { type: ['string', 'null'] } },
      }),
      ...errors(400),
    },
  },
}

/** Shapes the custom endpoints above refer to. */
export const customSchemas: Record<string, Json> = {
  ClaimFinding: {
    type: 'object',
    required: ['ruleId', 'severity', 'message', 'excerpt', 'start', 'end'],
    properties: {
      ruleId: { type: 'string' },
      severity: { type: 'string', enum: ['block', 'warn'] },
      message: { type: 'string' },
      excerpt: { type: 'string' },
      start: { type: 'integer' },
      end: { type: 'integer' },
      suggestion: { type: 'string' },
    },
  },
  SearchHit: {
    type: 'object',
    properties: {
      collection: { type: 'string' },
      id: { type: 'integer' },
      slug: { type: 'string' },
      title: { type: 'string' },
      snippet: { type: 'string', description: 'Matched text with <mark> highlights' },
      rank: { type: 'number' },
    },
  },
  LiveChange: {
    type: 'object',
    properties: {
      cursor: { type: 'string' },
      event: { type: 'string', enum: ['published', 'unpublished', 'reaffirmed', 'deleted'] },
      collection: { type: 'string' },
      id: { type: 'integer' },
      at: { type: 'string', format: 'date-time' },
    },
  },
}
