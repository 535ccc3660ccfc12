/**
 * When a write needs a consent for the contact it stores (ADR 0027), pure. The rule: a write through the API that
 * stores a contact (email or phone) different from the stored one needs `contact.consent` with `given: true` and
 * the current text version, else it is refused at #/contact/consent. A write that leaves the contact as it is
 * needs none (a coordinator fixing a typo in the name keeps an imported organisation's contact and its source).
 * Removing the contact ends the consent that covered it. Imports from documented sources do not pass through
 * here: their contacts are the organisations' own published ones, with the source in the provenance.
 */
import {
  contactConsentText,
  type Actor,
  type ActorPatchBody,
  type ProblemError,
} from '@netzwerkatlas/shared'

type Contact = NonNullable<Actor['contact']>

/** What happens to the actor's consent record in the same transaction as the write. */
export type ContactConsentStep =
  | { kind: 'keep' }
  | { kind: 'give'; textVersion: string }
  /** The contact is removed: the consent that covered it ends (if there was one). */
  | { kind: 'end' }

const CONSENT_POINTER = '#/contact/consent'
const CONSENT_MISSING = 'consent required for contact data'
const CONSENT_OUTDATED = 'not the current consent text'

/** An email or phone makes a contact; the store keeps nothing for a contact without either. */
const contactFacts = (contact: Contact | null | undefined): Contact | null =>
  contact && (contact.email !== null || contact.phone !== null)
    ? { email: contact.email, phone: contact.phone }
    : null

const sameContact = (a: Contact | null, b: Contact | null): boolean =>
  a === null || b === null ? a === b : a.email === b.email && a.phone === b.phone

export type ContactDecision =
  | { kind: 'invalid'; errors: ProblemError[] }
  | { kind: 'ok'; contact: Contact | null | undefined; step: ContactConsentStep }

/** `written` is the body's `contact` (undefined when a patch leaves it out); `stored` the actor's contact now. */
export function decideContact(
  stored: Contact | null,
  written: ActorPatchBody['contact'] | undefined,
): ContactDecision {
  if (written === undefined) return { kind: 'ok', contact: undefined, step: { kind: 'keep' } }
  const contact = contactFacts(written)
  if (contact === null)
    return { kind: 'ok', contact, step: stored === null ? { kind: 'keep' } : { kind: 'end' } }
  const consent = written?.consent
  if (consent === undefined) {
    if (sameContact(contact, contactFacts(stored)))
      return { kind: 'ok', contact, step: { kind: 'keep' } }
    return { kind: 'invalid', errors: [{ pointer: CONSENT_POINTER, detail: CONSENT_MISSING }] }
  }
  if (!consent.given)
    return { kind: 'invalid', errors: [{ pointer: CONSENT_POINTER, detail: CONSENT_MISSING }] }
  if (consent.textVersion !== contactConsentText.version)
    return { kind: 'invalid', errors: [{ pointer: CONSENT_POINTER, detail: CONSENT_OUTDATED }] }
  return { kind: 'ok', contact, step: { kind: 'give', textVersion: consent.textVersion } }
}
