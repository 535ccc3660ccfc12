/**
 * Every process the bench starts registers its stop function here, so that an error, Ctrl-C or SIGTERM stops
 * them all: an API left running would keep its PostgreSQL and data directory locked.
 */
type Stop = () => Promise<void>

const running = new Set<Stop>()

/** Registers a stop function; returns one that unregisters it. */
export function track(stop: Stop): () => void {
  running.add(stop)
  return () => running.delete(stop)
}

export async function stopAll(): Promise<void> {
  const stops = [...running]
  running.clear()
  await Promise.allSettled(stops.map((stop) => stop()))
}
