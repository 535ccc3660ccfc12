/**
 * A write that may turn out not to be allowed once it has looked at the locked rows (wrong owner, stale
 * version, invalid result). A rejection rolls the whole transaction back, data version included, so a refused
 * request changes no row and notifies no one.
 */
import type { Store } from './store.ts'
import type { WriteContext } from './write-context.ts'

class RejectedWrite<Outcome> extends Error {
  constructor(readonly outcome: Outcome) {
    super('write rejected')
  }
}

export type WriteResult<T, Outcome> =
  { kind: 'committed'; result: T; dataVersion: number } | { kind: 'rejected'; outcome: Outcome }

export async function writeUnlessRejected<T, Outcome>(
  store: Pick<Store, 'write'>,
  changedBy: string,
  work: (context: WriteContext, reject: (outcome: Outcome) => never) => Promise<T>,
): Promise<WriteResult<T, Outcome>> {
  const reject = (outcome: Outcome): never => {
    throw new RejectedWrite(outcome)
  }
  try {
    const { result, dataVersion } = await store.write(changedBy, (context) => work(context, reject))
    return { kind: 'committed', result, dataVersion }
  } catch (error) {
    if (error instanceof RejectedWrite)
      return { kind: 'rejected', outcome: error.outcome as Outcome }
    throw error
  }
}
