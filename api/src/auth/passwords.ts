/** Passwords as argon2id hashes (PHC strings, the package's default algorithm; about 70 ms each here). */
import { hash, verify } from '@node-rs/argon2'

export const hashPassword = (password: string): Promise<string> => hash(password)

/**
 * Compares in constant work: without a stored hash (unknown email, account not set up) it verifies against a
 * dummy hash, so the answer time does not tell whether an account exists.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummyHash ??= hash('no account has this password')
  const isMatch = await verify(stored ?? (await dummyHash), password).catch(() => false)
  return stored !== null && isMatch
}

let dummyHash: Promise<string> | undefined
