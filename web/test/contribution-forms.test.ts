import { ActorCreateBodySchema, contactConsentText } from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import { sanitiseAccountSearch } from '../src/features/account/account-search.ts'
import {
  actorBodyOf,
  emptyActorForm,
  fieldOfPointer,
} from '../src/features/my-entries/actor-form-values.ts'

describe('the actor form and the API', () => {
  it.each([
    ['#/name', 'name'],
    ['#/website', 'website'],
    ['#/contact/email', 'contactEmail'],
    ['#/contact/consent', 'contactConsent'],
    ['#/address/postcode', 'postcode'],
    ['#/topics/2', 'topics'],
    ['#/stage', undefined],
  ])('shows the error at %s at the field %s', (pointer, field) => {
    expect(fieldOfPointer(pointer)).toBe(field)
  })

  it('sends empty text as unknown, and no contact or address when none is given', () => {
    const body = actorBodyOf({ ...emptyActorForm, name: '  Demo-Treff  ', description: ' ' })
    expect(body).toMatchObject({
      name: 'Demo-Treff',
      description: null,
      website: null,
      contact: null,
      address: null,
    })
    expect(actorBodyOf({ ...emptyActorForm, name: 'x', city: 'Pirna' }).address).toEqual({
      street: null,
      houseNumber: null,
      postcode: null,
      city: 'Pirna',
    })
  })

  it('sends the ticked consent with the current text version, and never without a contact', () => {
    const values = { ...emptyActorForm, name: 'Demo-Treff', contactEmail: 'a@demo.invalid' }
    const ticked = actorBodyOf({ ...values, contactConsent: true })
    expect(ticked.contact).toEqual({
      email: 'a@demo.invalid',
      phone: null,
      consent: { given: true, textVersion: contactConsentText.version },
    })
    expect(ActorCreateBodySchema.safeParse(ticked).success).toBe(true)
    expect(actorBodyOf(values).contact).toEqual({ email: 'a@demo.invalid', phone: null })
    expect(actorBodyOf({ ...values, contactEmail: '', contactConsent: true }).contact).toBeNull()
  })
})

describe('where sign-in leads', () => {
  it.each([
    ['/meine-eintraege', '/meine-eintraege'],
    ['/moderation', '/moderation'],
    ['//evil.example.org/', undefined],
    ['/\\evil.example.org', undefined],
    ['https://evil.example.org/', undefined],
    ['javascript:alert(1)', undefined],
  ])('follows %s only to a path of this app', (next, kept) => {
    expect(sanitiseAccountSearch({ next }).next).toBe(kept)
  })
})
