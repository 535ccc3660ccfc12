/**
 * The actor form's values and how they map to the API: empty text is "not known" (null), and each 422 pointer
 * ("#/contact/email") names the form field it belongs to.
 */
import { contactConsentText, type Actor, type ActorCreateBody } from '@netzwerkatlas/shared'

export interface ActorFormValues {
  name: string
  kind: Actor['kind']
  type: Actor['type']
  description: string
  website: string
  contactEmail: string
  contactPhone: string
  /** The consent checkbox next to the contact fields (ADR 0027); sent only with a contact. */
  contactConsent: boolean
  street: string
  houseNumber: string
  postcode: string
  city: string
  topics: Actor['topics']
}

export type ActorFormField = keyof ActorFormValues

export const emptyActorForm: ActorFormValues = {
  name: '',
  kind: 'organisation',
  type: 'civil_society',
  description: '',
  website: '',
  contactEmail: '',
  contactPhone: '',
  contactConsent: false,
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  topics: [],
}

export function actorFormValuesOf(actor: Actor): ActorFormValues {
  return {
    name: actor.name,
    kind: actor.kind,
    type: actor.type,
    description: actor.description ?? '',
    website: actor.website ?? '',
    contactEmail: actor.contact?.email ?? '',
    contactPhone: actor.contact?.phone ?? '',
    contactConsent: false,
    street: actor.address?.street ?? '',
    houseNumber: actor.address?.houseNumber ?? '',
    postcode: actor.address?.postcode ?? '',
    city: actor.address?.city ?? '',
    topics: actor.topics,
  }
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

export function actorBodyOf(values: ActorFormValues): ActorCreateBody {
  const contact = {
    email: orNull(values.contactEmail),
    phone: orNull(values.contactPhone),
    ...(values.contactConsent
      ? { consent: { given: true, textVersion: contactConsentText.version } }
      : {}),
  }
  const address = {
    street: orNull(values.street),
    houseNumber: orNull(values.houseNumber),
    postcode: orNull(values.postcode),
    city: orNull(values.city),
  }
  return {
    name: values.name.trim(),
    kind: values.kind,
    type: values.type,
    description: orNull(values.description),
    website: orNull(values.website),
    contact: contact.email || contact.phone ? contact : null,
    address: Object.values(address).some(Boolean) ? address : null,
    topics: values.topics,
  }
}

const FIELD_OF_POINTER: Record<string, ActorFormField> = {
  '#/contact/email': 'contactEmail',
  '#/contact/phone': 'contactPhone',
  '#/contact/consent': 'contactConsent',
  '#/address/street': 'street',
  '#/address/houseNumber': 'houseNumber',
  '#/address/postcode': 'postcode',
  '#/address/city': 'city',
}

/** The form field a JSON pointer names ("#/topics/0" → topics), if the form has it. */
export function fieldOfPointer(pointer: string): ActorFormField | undefined {
  const mapped = FIELD_OF_POINTER[pointer]
  if (mapped) return mapped
  const top = /^#\/([A-Za-z]+)/.exec(pointer)?.[1]
  return top && top in emptyActorForm ? (top as ActorFormField) : undefined
}
