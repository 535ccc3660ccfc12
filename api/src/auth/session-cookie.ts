/**
 * The session cookie. Behind TLS it is `__Host-nwa_session`: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain,
 * so no other host or path can set or read it. A `__Host-` cookie must be Secure, and a browser drops Secure
 * cookies sent over plain http:// to an address other than localhost. So on plain HTTP (local development on
 * http://127.0.0.1) the cookie is `nwa_session` with the same attributes but without Secure; each scheme reads
 * only its own name, so a cookie set over plain HTTP never opens a session over HTTPS.
 */
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'

const SECURE_NAME = '__Host-nwa_session'
const PLAIN_NAME = 'nwa_session'

/** TLS is terminated here or by a proxy in front that says so in X-Forwarded-Proto. */
function isSecureRequest(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
}

const cookieNameFor = (c: Context) => (isSecureRequest(c) ? SECURE_NAME : PLAIN_NAME)

export const readSessionCookie = (c: Context): string | undefined => getCookie(c, cookieNameFor(c))

export function writeSessionCookie(c: Context, token: string, maxAgeSeconds: number): void {
  setCookie(c, cookieNameFor(c), token, {
    httpOnly: true,
    secure: isSecureRequest(c),
    sameSite: 'Lax',
    path: '/',
    maxAge: maxAgeSeconds,
  })
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, cookieNameFor(c), { path: '/', secure: isSecureRequest(c) })
}
