import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
beforeAll(async () => {
  api = await startTestApi()
})
afterAll(() => api.close())

describe('security defaults', () => {
  it('sends a Content-Security-Policy that allows no inline script or style', async () => {
    const response = await api.app.request('/api/meta')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })

  it('keeps CORS closed by default: no Access-Control headers for other origins', async () => {
    const response = await api.app.request('/api/meta', {
      headers: { Origin: 'https://evil.example' },
    })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('tags every response with a request id', async () => {
    const response = await api.app.request('/api/health')
    expect(response.headers.get('x-request-id')).toMatch(/.+/)
  })

  it('reports liveness and database readiness', async () => {
    const response = await api.app.request('/api/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' })
  })
})
