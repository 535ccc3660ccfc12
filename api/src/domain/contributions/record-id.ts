/** Ids for records made through the API: the name as a slug plus a random suffix ("tafel-pirna-3f9a1c"). */

const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/** `suffix`: a few random lowercase hex characters, passed in (domain code has no randomness of its own). */
export function recordIdFrom(name: string, suffix: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug ? `${slug}-${suffix}` : `eintrag-${suffix}`
}
