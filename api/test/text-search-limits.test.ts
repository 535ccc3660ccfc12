/**
 * Text search must not be a lever to stall the server: a query's work is bounded (terms, length, no prefix
 * or typo expansion for short terms). Timing is relative: the hostile query against a normal one, same run.
 */
import { generateDemoNetwork } from '@netzwerkatlas/data/demo'
import { MAX_SEARCH_TERMS, type ActorListResponse } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, getJson } from './support/http.ts'
import { gazetteer, startTestApi, type TestApi } from './support/test-api.ts'

/** Enough actors that a query's cost is measurable, few enough to import in a second or two. */
const DEMO_ACTORS = 3_000
/** Each query is sent this often, each time as a new text, so no cache answers it. */
const ROUNDS = 15
/** Generous: a timed test on a shared machine must not be flaky; without the bounds it was ~80×, with them ~3×. */
const MAX_COST_RATIO = 10

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(generateDemoNetwork({ actorCount: DEMO_ACTORS, seed: 7, gazetteer }))
})
afterAll(() => api.close())

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * The costliest still-allowed query: as many terms as allowed, one to three letters (prefix expansion was the
 * lever) and long words (typo expansion), letters rotated per round. 200 characters at most.
 */
function hostileText(round: number) {
  const words = Array.from({ length: MAX_SEARCH_TERMS }, (_, i) => {
    const letter = (offset: number) => LETTERS[(round + i * 7 + offset) % LETTERS.length]!
    const lengths = [1, 2, 3, 17]
    return Array.from({ length: lengths[i % lengths.length]! }, (_, at) => letter(at)).join('')
  })
  return words.join(' ')
}

/** What people type: one or two words. */
const NORMAL_TEXTS = ['Verein', 'Leipzig', 'Dresden', 'Wohnen', 'Netzwerk', 'Kultur Chemnitz']
const normalText = (round: number) =>
  `${NORMAL_TEXTS[round % NORMAL_TEXTS.length]!}${round >= NORMAL_TEXTS.length ? ` ${round}` : ''}`

async function medianMs(textOf: (round: number) => string) {
  const durations: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now()
    const { response } = await getJson<ActorListResponse>(
      api,
      `/api/actors?limit=1&text=${encodeURIComponent(textOf(round))}`,
    )
    durations.push(performance.now() - started)
    expect(response.status).toBe(200)
  }
  return durations.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!
}

describe('text search has bounded cost', () => {
  it('a hostile query of many short words costs about as much as a normal query', async () => {
    await medianMs(normalText) // warm-up: the first requests pay for compilation
    const normal = await medianMs(normalText)
    const hostile = await medianMs(hostileText)
    expect(hostile / normal).toBeLessThan(MAX_COST_RATIO)
  })

  it.each([
    [
      'more than the allowed words',
      Array.from({ length: MAX_SEARCH_TERMS + 1 }, () => 'a').join(' '),
    ],
    [
      'words separated by punctuation',
      Array.from({ length: MAX_SEARCH_TERMS + 1 }, () => 'a').join('.'),
    ],
    ['more than 200 characters', 'x'.repeat(201)],
  ])('a text with %s is refused with a 400 naming text', async (_, text) => {
    const response = await api.app.request(`/api/actors?text=${encodeURIComponent(text)}`)
    const problem = await expectProblem(response, 400)
    expect(problem.errors?.map((error) => error.parameter)).toContain('text')
  })

  it('short words still find whole words, and longer ones prefixes and typos', async () => {
    const { body: exact } = await getJson<ActorListResponse>(api, '/api/actors?text=Verein')
    const { body: prefix } = await getJson<ActorListResponse>(api, '/api/actors?text=Vere')
    const { body: typo } = await getJson<ActorListResponse>(api, '/api/actors?text=Vereim')
    expect(exact.total).toBeGreaterThan(0)
    expect(prefix.total).toBeGreaterThanOrEqual(exact.total)
    expect(typo.total).toBeGreaterThan(0)
  })
})
