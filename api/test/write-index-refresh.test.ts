import { describe, expect, it } from 'vitest'
import { createIndexHolder } from '../src/index/index-holder.ts'
import { createIndexRefresher } from '../src/index/index-refresh.ts'
import type { NetworkIndex } from '../src/index/network-index.ts'

/** Stand-ins for indexes: the refresher only reads their data version. */
const indexAt = (dataVersion: number) => ({ dataVersion }) as NetworkIndex

describe('the index refresh after writes', () => {
  it('coalesces versions that arrive during a build and tells listeners of each new index', async () => {
    let databaseVersion = 1
    let builds = 0
    const holder = createIndexHolder(indexAt(0))
    const refresher = createIndexRefresher({
      holder,
      buildIndex: async () => {
        builds += 1
        const snapshotVersion = databaseVersion // the snapshot is taken when the build starts
        await new Promise((resolve) => setTimeout(resolve, 20))
        return indexAt(snapshotVersion)
      },
      onError: (error) => {
        throw error
      },
    })
    const heard: number[] = []
    refresher.onIndex((index) => heard.push(index.dataVersion))
    const first = refresher.refreshTo(1)
    databaseVersion = 4
    const later = [refresher.refreshTo(2), refresher.refreshTo(3), refresher.refreshTo(4)]
    await Promise.all([first, ...later])
    expect(holder.current().dataVersion).toBe(4)
    expect(builds).toBe(2)
    expect(heard).toEqual([1, 4])
  })

  it('answers at once when the index serves the version already', async () => {
    const holder = createIndexHolder(indexAt(5))
    let builds = 0
    const refresher = createIndexRefresher({
      holder,
      buildIndex: () => Promise.resolve(indexAt(++builds)),
      onError: () => undefined,
    })
    await refresher.refreshTo(5)
    expect(builds).toBe(0)
  })

  it('gives up on a failed build without blocking the write, and builds again on the next version', async () => {
    const holder = createIndexHolder(indexAt(0))
    let fail = true
    const errors: unknown[] = []
    const refresher = createIndexRefresher({
      holder,
      buildIndex: () => (fail ? Promise.reject(new Error('kaputt')) : Promise.resolve(indexAt(2))),
      onError: (error) => errors.push(error),
    })
    await refresher.refreshTo(1)
    expect(errors).toHaveLength(1)
    fail = false
    await refresher.refreshTo(2)
    expect(holder.current().dataVersion).toBe(2)
  })
})
