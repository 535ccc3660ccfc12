/** What the write side needs besides the read index: the store, sessions, the login limit, the index refresh. */
import {
  createLoginThrottle,
  type LoginThrottle,
  type LoginThrottleLimits,
} from '../auth/login-throttle.ts'
import { createSessions, type Sessions } from '../auth/sessions.ts'
import type { IndexRefresher } from '../index/index-refresh.ts'
import type { Store } from '../store/store.ts'

export interface WriteDependencies {
  store: Store
  sessions: Sessions
  loginThrottle: LoginThrottle
  /** A write answers once the index serves its data version, so the writer reads what it wrote. */
  indexRefresher: Pick<IndexRefresher, 'refreshTo'>
}

export function createWriteDependencies(
  store: Store,
  indexRefresher: WriteDependencies['indexRefresher'],
  loginLimits: LoginThrottleLimits,
): WriteDependencies {
  return {
    store,
    sessions: createSessions(store.db),
    loginThrottle: createLoginThrottle(loginLimits),
    indexRefresher,
  }
}
