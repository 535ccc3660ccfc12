/**
 * Consent to publishing contact data (ADR 0027). The write API cannot tell an organisation's office address from
 * a person's own, so every contact email or phone a user account sets comes with this consent, recorded with the
 * exact text version the user saw. A new wording gets a new version; the API accepts only the current one, so a
 * form showing an old text cannot record a consent to words the server no longer shows.
 */
import { z } from 'zod'

export const contactConsentText = {
  version: '2026-12',
  de: 'Ich willige ein, dass die Kontaktdaten oben (E-Mail, Telefon) im Netzwerkatlas Sachsen öffentlich angezeigt und exportiert werden. Sind es die Daten einer anderen Person, habe ich ihre Einwilligung dazu. Ich kann die Einwilligung jederzeit unter „Meine Einträge“ widerrufen; die Kontaktdaten werden dann aus dem Eintrag und seinem Verlauf entfernt.',
  en: 'I consent to the contact data above (email, phone) being shown publicly and exported by Netzwerkatlas Sachsen. If it is another person’s data, I have their consent to this. I can withdraw the consent at any time under “My entries”; the contact data is then removed from the entry and its history.',
} as const

export const ContactConsentBodySchema = z
  .object({
    given: z.boolean(),
    textVersion: z.string().max(20).meta({ example: contactConsentText.version }),
  })
  .strict()
  .meta({
    id: 'ContactConsentBody',
    description: `Needed when a write sets contact data that differs from the stored contact: given true and the current text version ("${contactConsentText.version}"), else 422 at #/contact/consent.`,
  })

/** A consent as its person sees it (account export, "Meine Einträge"). */
export const ContactConsentSchema = z
  .object({
    actorId: z.string(),
    textVersion: z.string(),
    givenAt: z.string(),
    /** Null while the consent covers the entry's contact. */
    withdrawnAt: z.string().nullable(),
    /** withdrawn: by the person or a coordinator; contact_changed: a later write replaced or removed the data. */
    endReason: z.enum(['withdrawn', 'contact_changed', 'account_deleted']).nullable(),
  })
  .meta({ id: 'ContactConsent' })
export type ContactConsent = z.infer<typeof ContactConsentSchema>
