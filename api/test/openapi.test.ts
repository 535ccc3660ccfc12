import { Validator } from '@seriousme/openapi-schema-validator'
import { actorTypes } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson } from './support/http.ts'
import { compileAgainstDocument } from './support/typed-client.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
beforeAll(async () => {
  api = await startTestApi()
})
afterAll(() => api.close())

interface QueryParameter {
  name: string
  style?: string
  explode?: boolean
  schema: { type: string; items?: { enum?: string[] }; minimum?: number; maximum?: number }
}

interface OpenApiDocument {
  openapi: string
  paths: Record<
    string,
    Record<string, { responses: Record<string, unknown>; parameters?: QueryParameter[] }>
  >
}

async function actorListParameters() {
  const { body } = await getJson<OpenApiDocument>(api, '/api/openapi.json')
  const parameters = body.paths['/actors']?.get?.parameters ?? []
  return Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter]))
}

// A client's calls against the types generated from the document; each @ts-expect-error must be an error.
const TYPED_CALLS = `import type { paths } from './api-types.ts'
type ActorListQuery = NonNullable<paths['/actors']['get']['parameters']['query']>
export function listActors(query: ActorListQuery) {
  return query
}
listActors({ type: ['welfare_org', 'network'], limit: 10, synthetic: false, radiusKm: 5 })
listActors({ bbox: [12.2, 51.2, 12.6, 51.45], near: [14.63, 51.5], topic: ['housing'] })
// @ts-expect-error an actor type that is not in the vocabulary
listActors({ type: ['foo'] })
// @ts-expect-error limit is a number, not its URL spelling
listActors({ limit: '10' })
// @ts-expect-error a list, even for one type
listActors({ type: 'welfare_org' })
// @ts-expect-error synthetic is a boolean
listActors({ synthetic: 'true' })
`

describe('OpenAPI document', () => {
  it('validates as OpenAPI 3.1', async () => {
    const { body } = await getJson<OpenApiDocument>(api, '/api/openapi.json')
    const result = await new Validator().validate(body as unknown as Record<string, unknown>)
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(body.openapi).toMatch(/^3\.1/)
  })

  it('covers every API route the app serves', async () => {
    const { body } = await getJson<OpenApiDocument>(api, '/api/openapi.json')
    const documented = Object.entries(body.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map(
        (method) => `${method.toUpperCase()} /api${path.replace(/\{(\w+)\}/g, ':$1')}`,
      ),
    )
    const served = api.app.routes
      .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
      .filter((route) => !route.path.startsWith('/api/docs') && route.path !== '/api/openapi.json')
      .map((route) => `${route.method} ${route.path}`)
    expect(new Set(documented)).toEqual(new Set(served))
  })

  it('documents problem+json for bad requests', async () => {
    const { body } = await getJson<OpenApiDocument>(api, '/api/openapi.json')
    const badRequest = body.paths['/actors']?.get?.responses['400'] as { content: object }
    expect(Object.keys(badRequest.content)).toEqual(['application/problem+json'])
  })

  it('describes list parameters as comma-separated arrays of their vocabulary', async () => {
    const { type, topic, bbox } = await actorListParameters()
    expect(type?.schema.type).toBe('array')
    expect(type?.schema.items?.enum).toEqual([...actorTypes.ids])
    expect(topic?.schema.items?.enum).toContain('housing')
    for (const list of [type, topic, bbox]) {
      expect(list).toMatchObject({ style: 'form', explode: false })
    }
  })

  it('describes numbers with their bounds and flags as booleans', async () => {
    const { limit, radiusKm, synthetic } = await actorListParameters()
    expect(limit?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500 })
    expect(radiusKm?.schema).toMatchObject({ type: 'number', maximum: 500 })
    expect(synthetic?.schema.type).toBe('boolean')
  })

  it('gives a generated client types that accept real calls and refuse wrong ones', async () => {
    const { body } = await getJson<OpenApiDocument>(api, '/api/openapi.json')
    expect(await compileAgainstDocument(body, TYPED_CALLS)).toEqual([])
  }, 60_000)

  it('accepts a query serialised as the document says: form style, lists not exploded', async () => {
    const query = {
      type: ['welfare_org', 'network'],
      limit: 10,
      synthetic: false,
      bbox: [12, 50, 15, 52],
    }
    const search = new URLSearchParams(
      Object.entries(query).map(([name, value]): [string, string] => [
        name,
        [value].flat().join(','),
      ]),
    )
    const response = await api.app.request(`/api/actors?${search.toString()}`)
    expect(response.status).toBe(200)
  })

  it('serves interactive docs from its own origin', async () => {
    const page = await api.app.request('/api/docs')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('/api/docs/swagger-ui-bundle.js')
    expect(html).not.toMatch(/https?:\/\//)
    expect((await api.app.request('/api/docs/swagger-ui-bundle.js')).status).toBe(200)
  })
})
