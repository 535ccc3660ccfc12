/** The search parameters of the account screens: the language, and where to go after signing in. */
export interface AccountSearch {
  lang?: string
  /** A path of this app to return to after signing in ("/meine-eintraege"); nothing else is followed. */
  next?: string
}

/** Only a local path: "//host" or "https://…" would send the user to another site after signing in. */
const isLocalPath = (path: string): boolean => /^\/(?![/\\])/.test(path)

export function sanitiseAccountSearch(raw: Record<string, unknown>): AccountSearch {
  const clean: AccountSearch = {}
  if (raw.lang === 'de' || raw.lang === 'en') clean.lang = raw.lang
  if (typeof raw.next === 'string' && isLocalPath(raw.next)) clean.next = raw.next
  return clean
}
