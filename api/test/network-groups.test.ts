import {
  NetworkGroupResponseSchema,
  NetworkGroupsResponseSchema,
  type NetworkGroupResponse,
  type NetworkGroupsResponse,
  type NetworkResponse,
} from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  locatedAt,
  makeActor,
  makeRelationship,
  realProvenance,
  testDataset,
} from './support/builders.ts'
import { expectProblem, getJson } from './support/http.ts'
import { startTestApi, startTestApiWith, type TestApi } from './support/test-api.ts'
import { runPeer } from './peer/run-peer.ts'

const LEIPZIG = '14713000'
const DRESDEN = '14612000'
const GOERLITZ = '14626110'
const clique = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`)
const leipzig = clique('l', 5)
const dresden = clique('d', 4)
const actors = [
  ...leipzig.map((id) =>
    makeActor({ id: `demo-${id}`, topics: ['education'], ...locatedAt(12.37, 51.34, LEIPZIG) }),
  ),
  ...dresden.map((id) =>
    makeActor({
      id: `demo-${id}`,
      topics: ['care'],
      ...locatedAt(13.74, 51.05, DRESDEN),
      // One actor of the fixture stands for real data: the groups count the demo actors apart.
      ...(id === 'd4' ? { provenance: realProvenance('test') } : {}),
    }),
  ),
  // Two pairs (communities too small to be groups): one in Görlitz, one without a place.
  makeActor({ id: 'demo-g1', topics: ['housing'], ...locatedAt(14.98, 51.15, GOERLITZ) }),
  makeActor({ id: 'demo-g2', topics: ['housing'], ...locatedAt(14.98, 51.15, GOERLITZ) }),
  makeActor({ id: 'demo-x1', topics: ['housing'] }),
  makeActor({ id: 'demo-x2', topics: ['housing'] }),
  // Founded in 2021: not active in the year 2020 of the year test.
  makeActor({ id: 'demo-alone', topics: ['housing'], foundedYear: 2021 }),
  makeActor({ id: 'demo-hidden', status: 'pending' }),
]
const tie = (a: string, b: string, extra: Partial<Parameters<typeof makeRelationship>[0]> = {}) =>
  makeRelationship({
    id: `demo-rel-${a}-${b}`,
    sourceId: `demo-${a}`,
    targetId: `demo-${b}`,
    ...extra,
  })
const cliqueTies = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => tie(a, b)))
const relationships = [
  ...cliqueTies(leipzig),
  ...cliqueTies(dresden),
  // A second relationship between the same two actors is still one tie.
  tie('l2', 'l1', { type: 'funding', directed: true }),
  // The two ties between Leipzig and Dresden: one from 2019 on, one that ended in 2015 (the year test).
  tie('l5', 'd1', { type: 'joint_project', since: '2019-03-01' }),
  tie('l4', 'd2', { until: '2015-12-31' }),
  tie('g1', 'g2'),
  tie('g1', 'd3'),
  tie('x1', 'x2'),
  tie('x2', 'l1'),
  tie('l3', 'hidden'),
]

let api: TestApi
beforeAll(async () => {
  api = await startTestApi(testDataset(actors, relationships))
})
afterAll(() => api.close())

async function groupsOf(query = '') {
  const { response, body } = await getJson<NetworkGroupsResponse>(
    api,
    `/api/network/groups${query}`,
  )
  expect(response.status).toBe(200)
  return NetworkGroupsResponseSchema.parse(body)
}

async function groupOf(key: string, query = '') {
  const { response, body } = await getJson<NetworkGroupResponse>(
    api,
    `/api/network/groups/${key}${query}`,
  )
  expect(response.status).toBe(200)
  return NetworkGroupResponseSchema.parse(body)
}

describe('GET /api/network/groups', () => {
  it('folds the network as networkx quotient_graph folds it by the same partition', async () => {
    const groups = await groupsOf()
    const members = await Promise.all(groups.groups.key.map((key) => groupOf(key)))
    const { body: network } = await getJson<NetworkResponse>(api, '/api/network')
    const peer = runPeer<{
      blocks: { nnodes: number; nedges: number }[]
      links: [number, number, number][]
      edges: number
    }>('quotient_graph.py', {
      nodes: network.nodes.map((node) => node.id),
      edges: network.edges.map((edge) => [edge.source, edge.target]),
      blocks: members.map((group) => group.members.id),
    })
    expect(groups.actors).toBe(network.nodes.length)
    expect(groups.ties).toBe(peer.edges)
    expect(groups.groups.members).toEqual(peer.blocks.map((block) => block.nnodes))
    expect(groups.groups.internalTies).toEqual(peer.blocks.map((block) => block.nedges))
    const links = groups.links.source.map((source, i) => [
      source,
      groups.links.target[i],
      groups.links.ties[i],
    ])
    expect(links).toEqual(peer.links)
  })

  it('makes a group of each community of three or more and pools the rest by district', async () => {
    const groups = await groupsOf()
    const kinds = new Map(groups.groups.key.map((key, i) => [key, groups.groups.kind[i]]))
    const communities = groups.groups.key.filter((key) => kinds.get(key) === 'community')
    expect(communities.length).toBeGreaterThanOrEqual(2)
    for (const key of communities) {
      expect(groups.groups.members[groups.groups.key.indexOf(key)]).toBeGreaterThanOrEqual(3)
    }
    const goerlitz = groups.groups.key.indexOf('d14626')
    expect(goerlitz).toBeGreaterThanOrEqual(0)
    expect(groups.groups.nameDe[goerlitz]).toMatch(/^Kleine Gruppen · Görlitz/)
    expect(groups.groups.nameEn[goerlitz]).toMatch(/^Small groups · Görlitz/)
    const placeless = await groupOf('d-')
    expect(placeless.members.id).toEqual(expect.arrayContaining(['demo-x1', 'demo-alone']))
    expect(placeless.nameDe).toBe('Kleine Gruppen · ohne Ort')
    expect(groups.groups.lon[groups.groups.key.indexOf('d-')]).toBeNull()
    expect(groups.groups.lon[goerlitz]).toBeCloseTo(14.98)
  })

  it("lists a group's members with their ties inside and their partners in other groups", async () => {
    const groups = await groupsOf()
    for (const [g, key] of groups.groups.key.entries()) {
      const group = await groupOf(key)
      expect(group.members.id).toHaveLength(groups.groups.members[g]!)
      expect(group.ties.source).toHaveLength(groups.groups.internalTies[g]!)
      const toOthers = new Map<string, number>()
      group.outside.group.forEach((other, i) =>
        toOthers.set(other, (toOthers.get(other) ?? 0) + group.outside.ties[i]!),
      )
      for (const [i, source] of groups.links.source.entries()) {
        const target = groups.links.target[i]!
        if (source !== g && target !== g) continue
        const other = groups.groups.key[source === g ? target : source]!
        expect(toOthers.get(other)).toBe(groups.links.ties[i])
      }
    }
  })

  it('counts the demo actors among the grouped ones, so the picture can say it shows demo data', async () => {
    const all = await groupsOf()
    const demoOnly = await groupsOf('?synthetic=true')
    expect(all.syntheticActors).toBe(demoOnly.actors)
    expect(all.syntheticActors).toBe(all.actors - 1)
    expect((await groupsOf('?synthetic=false')).syntheticActors).toBe(0)
  })

  it('applies the filters: only the kept actors are grouped', async () => {
    const groups = await groupsOf('?topic=education')
    expect(groups.actors).toBe(5)
    expect(groups.groups.members).toEqual([5])
    expect(groups.ties).toBe(10)
    expect(groups.links.source).toEqual([])
  })

  it('with a year counts only the actors and ties active then, and keeps the keys of every year', async () => {
    const every = await groupsOf()
    const keyWith = async (actor: string) => {
      for (const key of every.groups.key) {
        if ((await groupOf(key)).members.id.includes(actor)) return key
      }
      throw new Error(`no group holds ${actor}`)
    }
    const [leipzigKey, dresdenKey] = [await keyWith('demo-l1'), await keyWith('demo-d1')]
    const tiesBetween = (groups: NetworkGroupsResponse, a: string, b: string) => {
      const [i, j] = [groups.groups.key.indexOf(a), groups.groups.key.indexOf(b)]
      const link = groups.links.source.findIndex(
        (source, l) =>
          (source === i && groups.links.target[l] === j) ||
          (source === j && groups.links.target[l] === i),
      )
      return link < 0 ? 0 : groups.links.ties[link]
    }
    expect(tiesBetween(every, leipzigKey, dresdenKey)).toBe(2)
    const in2017 = await groupsOf('?year=2017')
    const in2020 = await groupsOf('?year=2020')
    expect(tiesBetween(in2017, leipzigKey, dresdenKey)).toBe(0)
    expect(tiesBetween(in2020, leipzigKey, dresdenKey)).toBe(1)
    expect(in2020.groups.key).toEqual(every.groups.key)
    expect(in2017.ties).toBe(every.ties - 2)
    // demo-alone is founded in 2021: the group without a place has one member fewer in 2020.
    const placeless = every.groups.key.indexOf('d-')
    expect(in2020.groups.members[placeless]).toBe(every.groups.members[placeless]! - 1)
    expect(in2020.actors).toBe(every.actors - 1)
    expect((await groupOf('d-', '?year=2020')).members.id).not.toContain('demo-alone')
    const leipzig2017 = await groupOf(leipzigKey, '?year=2017')
    expect(leipzig2017.outside.group).not.toContain(dresdenKey)
    expect(leipzig2017.partners.id).not.toContain('demo-d1')
    expect((await groupOf(leipzigKey, '?year=2020')).partners.id).toContain('demo-d1')
    const malformed = await expectProblem(
      await api.app.request('/api/network/groups?year=20x5'),
      400,
    )
    expect(JSON.stringify(malformed.errors)).toContain('year')
  })

  it('answers 304 to its ETag and compresses the body', async () => {
    const first = await api.app.request('/api/network/groups', {
      headers: { 'Accept-Encoding': 'br' },
    })
    expect(first.headers.get('content-encoding')).toBe('br')
    const etag = first.headers.get('etag')!
    const again = await api.app.request('/api/network/groups', {
      headers: { 'If-None-Match': etag },
    })
    expect(again.status).toBe(304)
  })

  it('refuses a malformed key with 400, an unknown one with 404, hidden statuses with 403', async () => {
    const malformed = await expectProblem(await api.app.request('/api/network/groups/leipzig'), 400)
    expect(JSON.stringify(malformed.errors)).toContain('key')
    await expectProblem(await api.app.request('/api/network/groups/c999'), 404)
    await expectProblem(await api.app.request('/api/network/groups/d14612?topic=education'), 404)
    await expectProblem(await api.app.request('/api/network/groups?status=pending'), 403)
    await expectProblem(await api.app.request('/api/network/groups?colour=red'), 400)
  })
})

describe('GET /api/network/groups/{key} of a large group', () => {
  // A ring of 30 triangles: Louvain on the whole ring merges neighbouring triangles (its resolution limit), and
  // on one merged community's own ties it finds the triangles again.
  const triangles = Array.from({ length: 30 }, (_, t) => [0, 1, 2].map((i) => `t${t}-${i}`))
  const ringActors = triangles.flat().map((id) => makeActor({ id: `demo-${id}` }))
  const ringTies = triangles.flatMap((ids, t) => [
    ...cliqueTies(ids),
    tie(ids[2]!, triangles[(t + 1) % triangles.length]![0]!),
  ])
  let ring: TestApi
  beforeAll(async () => {
    ring = await startTestApiWith(
      { env: { GROUP_SPLIT_FROM: '4' } },
      testDataset(ringActors, ringTies),
    )
  })
  afterAll(() => ring.close())
  const answer = async (path: string) => {
    const response = await ring.app.request(path)
    expect(response.status).toBe(200)
    return response.json()
  }

  it('opens into sub-communities that add up to the group, each expandable to its members', async () => {
    const groups = NetworkGroupsResponseSchema.parse(await answer('/api/network/groups'))
    let split = 0
    const isLarge = (g: number) => groups.groups.members[g]! > 4
    const small = groups.groups.key.filter((_, g) => !isLarge(g))
    for (const key of small) {
      const group = NetworkGroupResponseSchema.parse(await answer(`/api/network/groups/${key}`))
      expect(group.subgroups).toBeNull()
      await expectProblem(await ring.app.request(`/api/network/groups/${key}.0`), 404)
    }
    for (const [g, key] of groups.groups.key.entries()) {
      if (!isLarge(g)) continue
      const group = NetworkGroupResponseSchema.parse(await answer(`/api/network/groups/${key}`))
      const subgroups = group.subgroups
      if (!subgroups)
        throw new Error(`${key} has ${groups.groups.members[g]} members, no subgroups`)
      expect(group.members.id).toEqual([])
      if (subgroups.groups.key.length > 1) split++
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
      expect(sum(subgroups.groups.members)).toBe(groups.groups.members[g])
      expect(sum(subgroups.groups.internalTies) + sum(subgroups.links.ties)).toBe(
        groups.groups.internalTies[g],
      )
      // The ties to the other groups are the parent's links, shared out among the sub-communities (and
      // named by the other group's sub-community where that group is large too).
      const toOthers = new Map<string, number>()
      subgroups.outside.group.forEach((other, i) => {
        const top = other.split('.')[0]!
        toOthers.set(top, (toOthers.get(top) ?? 0) + subgroups.outside.ties[i]!)
      })
      for (const [i, source] of groups.links.source.entries()) {
        const target = groups.links.target[i]!
        if (source !== g && target !== g) continue
        expect(toOthers.get(groups.groups.key[source === g ? target : source]!)).toBe(
          groups.links.ties[i],
        )
      }
      for (const [s, subKey] of subgroups.groups.key.entries()) {
        expect(subKey).toBe(`${key}.${s}`)
        const part = NetworkGroupResponseSchema.parse(await answer(`/api/network/groups/${subKey}`))
        expect(part.members.id).toHaveLength(subgroups.groups.members[s]!)
        expect(part.ties.source).toHaveLength(subgroups.groups.internalTies[s]!)
        // Partners in the sibling sub-communities are named by their sub-community.
        const toSiblings = part.outside.group.filter((other) => other.startsWith(`${key}.`))
        const linked = subgroups.links.source
          .map((source, i) => [source, subgroups.links.target[i]!])
          .filter((pair) => pair.includes(s))
          .map(([a, b]) => subgroups.groups.key[a === s ? b! : a!]!)
        expect(new Set(toSiblings)).toEqual(new Set(linked))
        // Every tie to another group names the partner, so two opened groups can be joined actor by actor.
        expect(part.partners.id).toHaveLength(part.outside.ties.reduce((total, n) => total + n, 0))
      }
    }
    expect(split).toBeGreaterThan(0)
  })
})
