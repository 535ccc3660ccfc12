/**
 * Picks the content coding from Accept-Encoding with `negotiator` (the library behind Express): q-values
 * decide, `q=0` refuses, `*` stands for the rest, and brotli wins only a tie.
 */
import Negotiator from 'negotiator'

export type ContentCoding = 'br' | 'gzip' | 'identity'

const AVAILABLE: readonly ContentCoding[] = ['br', 'gzip', 'identity']

// The types lag the library: since 1.0, encoding() takes the server's preference for ties.
type EncodingNegotiator = {
  encoding(
    available: readonly string[],
    options: { preferred: readonly string[] },
  ): string | undefined
}

/** `undefined` when the client refuses every coding we have, identity included. */
export function negotiateEncoding(
  acceptEncoding: string | undefined,
  available: readonly ContentCoding[] = AVAILABLE,
): ContentCoding | undefined {
  if (acceptEncoding === undefined) return 'identity'
  const negotiator = new Negotiator({
    headers: { 'accept-encoding': acceptEncoding },
  }) as unknown as EncodingNegotiator
  return negotiator.encoding(available, { preferred: AVAILABLE }) as ContentCoding | undefined
}
