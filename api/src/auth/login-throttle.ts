/**
 * Limits login attempts, per client address and per email address, in memory: a client gets `attempts` tries
 * per `windowSeconds`, and so does each account, so neither one guesser nor many guessers at one account get
 * far. A success does not reset the count (it would hand a guesser a fresh budget with each known password).
 */
export interface LoginThrottle {
  /** Seconds to wait before trying again, or 0 if this attempt may go ahead (and is counted). */
  retryAfterSeconds(keys: readonly string[], nowMs: number): number
}

export interface LoginThrottleLimits {
  attempts: number
  windowSeconds: number
}

export function createLoginThrottle({
  attempts,
  windowSeconds,
}: LoginThrottleLimits): LoginThrottle {
  const windowMs = windowSeconds * 1000
  const recent = new Map<string, number[]>()
  return {
    retryAfterSeconds(keys, nowMs) {
      if (recent.size > 10_000) {
        for (const [key, times] of recent)
          if ((times.at(-1) ?? 0) <= nowMs - windowMs) recent.delete(key)
      }
      const live = keys.map((key) => {
        const times = (recent.get(key) ?? []).filter((at) => at > nowMs - windowMs)
        recent.set(key, times)
        return times
      })
      const full = live.filter((times) => times.length >= attempts)
      if (full.length > 0) {
        const freeAt = Math.max(...full.map((times) => times[0]! + windowMs))
        return Math.max(1, Math.ceil((freeAt - nowMs) / 1000))
      }
      for (const times of live) times.push(nowMs)
      return 0
    },
  }
}
