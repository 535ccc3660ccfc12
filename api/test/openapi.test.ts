import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
beforeAll(async () => {
  api = await startTestApi()
})
afterAll(() => api.close())

interface OpenApiDocument {
  openapi: string
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
}

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

  it('serves interactive docs from its own origin', async () => {
    const page = await api.app.request('/api/docs')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('/api/docs/swagger-ui-bundle.js')
    expect(html).not.toMatch(/https?:\/\//)
    expect((await api.app.request('/api/docs/swagger-ui-bundle.js')).status).toBe(200)
  })
})
