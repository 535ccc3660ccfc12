/** Ids for records made through the API: the name as a slug plus a random suffix ("tafel-pirna-3f9a1c"). */
import { foldGerman } from '../text/fold-german.ts'

/** `suffix`: a few random lowercase hex characters, passed in (domain code has no randomness of its own). */
export function recordIdFrom(name: string, suffix: string): string {
  const slug = foldGerman(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug ? `${slug}-${suffix}` : `eintrag-${suffix}`
}
