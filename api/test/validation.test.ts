import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeActor, testDataset } from './support/builders.ts'
import { expectProblem } from './support/http.ts'
import { startTestApi, type TestApi } from './support/test-api.ts'

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset([makeActor({ id: 'demo-a' })]))
})
afterAll(() => api.close())

describe('bad input gets a clear 4xx problem that names the parameter', () => {
  it.each([
    ['/api/actors?type=unknown', 'type'],
    ['/api/actors?type=welfare_org,nonsense', 'type'],
    ['/api/actors?bbox=1,2', 'bbox'],
    ['/api/actors?bbox=a,b,c,d', 'bbox'],
    ['/api/actors?bbox=14,52,12,50', 'bbox'],
    ['/api/actors?limit=-1', 'limit'],
    ['/api/actors?limit=0', 'limit'],
    ['/api/actors?limit=100000', 'limit'],
    ['/api/actors?cursor=!!', 'cursor'],
    ['/api/actors?cursor=AAAA', 'cursor'],
    ['/api/actors?district=1461', 'district'],
    ['/api/actors?synthetic=yes', 'synthetic'],
    ['/api/actors?radiusKm=30', 'radiusKm'],
    ['/api/actors?near=200,51', 'near'],
    ['/api/actors?colour=red', 'colour'],
    ['/api/actors?type=welfare_org&type=funder', 'type'],
    ['/api/actors/%00', 'id'],
    ['/api/actors/Not%20A%20Slug', 'id'],
    ['/api/relationships?relationshipType=likes', 'relationshipType'],
    ['/api/relationships?actor=..%2Fetc', 'actor'],
    ['/api/network?topic=everything', 'topic'],
    ['/api/network?page=2', 'page'],
    ['/api/meta?x=1', 'x'],
  ])('%s → 400 naming %s', async (path, parameter) => {
    const problem = await expectProblem(await api.app.request(path), 400)
    expect(problem.type).toBe('/problems/invalid-parameter')
    expect(problem.errors?.map((error) => error.parameter)).toContain(parameter)
    expect(problem.instance).toBe(new URL(path, 'http://x').pathname)
  })

  it('refuses records awaiting moderation to anonymous users with 403 naming status', async () => {
    const problem = await expectProblem(await api.app.request('/api/actors?status=pending'), 403)
    expect(problem.errors?.[0]?.parameter).toBe('status')
  })

  it('answers an unknown actor with 404 problem+json', async () => {
    const problem = await expectProblem(await api.app.request('/api/actors/gibt-es-nicht'), 404)
    expect(problem.detail).toContain('gibt-es-nicht')
  })

  it('answers unknown API paths with 404 problem+json, not the web app', async () => {
    await expectProblem(await api.app.request('/api/nothing-here'), 404)
    await expectProblem(await api.app.request('/api/nothing-here', { method: 'POST' }), 404)
  })

  it('answers a wrong method on a known API path with 405 problem+json and the allowed methods', async () => {
    const put = await api.app.request('/api/actors', { method: 'PUT', body: '{}' })
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST')
    expect((await expectProblem(put, 405)).detail).toContain('PUT')
    const remove = await api.app.request('/api/actors/demo-a', { method: 'DELETE' })
    expect(remove.headers.get('allow')).toBe('GET, HEAD, PATCH')
    await expectProblem(remove, 405)
  })
})
