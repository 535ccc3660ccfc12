/** Random tokens for cookies and links, and the SHA-256 under which the database knows them. */
import { createHash, randomBytes } from 'node:crypto'

/** 32 random bytes, URL-safe: 256 bits a guesser cannot reach. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url')

export const hashSecretToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex')
