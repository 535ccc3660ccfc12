/**
 * Work over every record (an index build, ADR 0015/0016) written as steps that let waiting requests go first:
 * each loop yields after a slice of items, so a read waits behind one slice (~1 ms at most on a quiet
 * machine), not behind a whole loop (10–40 ms at 10k actors, ten times that at 100k; bench writes).
 */
export type Steps<T> = Generator<void, T, void>

/** Items per slice: a few hundred nanoseconds to a microsecond each in the index build's loops. */
const ITEMS_PER_SLICE = 2_000

export function* eachInSlices<T>(
  items: readonly T[],
  visit: (item: T, index: number) => void,
): Steps<void> {
  for (let index = 0; index < items.length; index++) {
    visit(items[index]!, index)
    if (index % ITEMS_PER_SLICE === ITEMS_PER_SLICE - 1) yield
  }
}

export function* filterInSlices<T>(items: readonly T[], keep: (item: T) => boolean): Steps<T[]> {
  const kept: T[] = []
  yield* eachInSlices(items, (item) => {
    if (keep(item)) kept.push(item)
  })
  return kept
}

export function* mapByIdInSlices<T extends { id: string }>(
  items: readonly T[],
): Steps<Map<string, T>> {
  const byId = new Map<string, T>()
  yield* eachInSlices(items, (item) => byId.set(item.id, item))
  return byId
}

/** All steps at once: for callers with no requests to let in (tests, a build nobody waits to read from). */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** The steps with the requests that queued up meanwhile answered between them. */
export async function runBetweenRequests<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    // setImmediate runs after pending I/O and timers: the requests waiting on the socket go first.
    await new Promise((resolve) => setImmediate(resolve))
  }
}
