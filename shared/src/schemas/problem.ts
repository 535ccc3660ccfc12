/** ProblemSchema (RFC 9457): the one error shape of the API, read by api and web. */
import { z } from 'zod'

/**
 * One thing wrong with the request. `parameter` names a query or path parameter, `header` a request header,
 * `pointer` a JSON pointer into the request body.
 */
const ProblemErrorSchema = z.object({
  detail: z.string(),
  parameter: z.string().optional(),
  header: z.string().optional(),
  pointer: z.string().optional(),
  /**
   * Why, for a client to say it in its own language (`detail` is English): `too_small`/`too_big` (with `limit`,
   * of `origin`), `invalid_format` (with `format`: url, email…), `invalid_type`, `invalid_value`.
   */
  code: z
    .enum(['too_small', 'too_big', 'invalid_format', 'invalid_type', 'invalid_value'])
    .optional(),
  limit: z.number().optional(),
  /** What `limit` counts: `string` (characters), `number` (the value), `array` (entries). */
  origin: z.string().optional(),
  format: z.string().optional(),
})

export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: '/problems/invalid-parameter' }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(ProblemErrorSchema).optional(),
  })
  .meta({ id: 'Problem' })

export type Problem = z.infer<typeof ProblemSchema>
export type ProblemError = z.infer<typeof ProblemErrorSchema>

/** Stable problem types; listed in the OpenAPI document. */
export const problemTypes = {
  invalidParameter: '/problems/invalid-parameter',
  validation: '/problems/validation',
  notFound: '/problems/not-found',
  forbidden: '/problems/forbidden',
  payloadTooLarge: '/problems/payload-too-large',
  methodNotAllowed: '/problems/method-not-allowed',
  tooManyRequests: '/problems/too-many-requests',
  badRequest: '/problems/bad-request',
  headersTooLarge: '/problems/headers-too-large',
  internal: '/problems/internal',
} as const
