/**
 * SQL for consents to publishing contact data (migration 0008, ADR 0027). Every function runs inside the write
 * that changes the actor, so a consent and the contact it covers are stored, or removed, together.
 */
import type { Actor, ContactConsent } from '@netzwerkatlas/shared'
import { sql } from 'kysely'
import { actorRepository } from '../actor-repository.ts'
import type { Executor, WriteContext } from '../write-context.ts'

type EndReason = NonNullable<ContactConsent['endReason']>

/** What a write does to the consent record, as domain/contributions/contact-consent.ts decided it. */
type ConsentStep = { kind: 'keep' } | { kind: 'give'; textVersion: string } | { kind: 'end' }
type Contact = Actor['contact']

/** The values of `before` the write no longer stores (a changed phone goes, an unchanged email stays). */
const removedValues = (before: Contact, after: Contact) => ({
  email: before?.email !== after?.email ? (before?.email ?? null) : null,
  phone: before?.phone !== after?.phone ? (before?.phone ?? null) : null,
})

const consentColumns = [
  'actor_id as actorId',
  'text_version as textVersion',
  sql<string>`to_json(given_at)#>>'{}'`.as('givenAt'),
  sql<string | null>`to_json(withdrawn_at)#>>'{}'`.as('withdrawnAt'),
  'end_reason as endReason',
] as const

export const contactConsentsRepository = {
  /** The consent covering the actor's stored contact, if any (the caller holds the actor's row lock). */
  async live(db: Executor, actorId: string) {
    return db
      .selectFrom('contact_consents')
      .select(['id', 'user_id as userId'])
      .where('actor_id', '=', actorId)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst()
  },

  /** Whether the user ever gave a consent for the actor's contact (a second withdrawal gets 409, not 403). */
  async wasGivenBy(db: Executor, actorId: string, userId: string): Promise<boolean> {
    const row = await db
      .selectFrom('contact_consents')
      .select('id')
      .where('actor_id', '=', actorId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    return row !== undefined
  },

  /**
   * Carries out the write's consent step after the actor's row changed from `before` to `after`: a new consent
   * replaces the live one; a removed contact ends it. The values a live consent covered and the write dropped
   * leave the history as well.
   */
  async apply(
    context: WriteContext,
    actorId: string,
    step: ConsentStep,
    { userId, before, after }: { userId: string; before: Contact; after: Contact },
  ) {
    if (step.kind === 'keep') return
    if (await contactConsentsRepository.live(context.tx, actorId)) {
      await contactConsentsRepository.end(context, actorId, 'contact_changed')
      await contactConsentsRepository.redactHistory(context, actorId, removedValues(before, after))
    }
    if (step.kind === 'give')
      await context.tx
        .insertInto('contact_consents')
        .values({ actor_id: actorId, user_id: userId, text_version: step.textVersion })
        .execute()
  },

  /** Ends the actor's live consent, if there is one. */
  async end(
    { tx, changedBy }: Pick<WriteContext, 'tx' | 'changedBy'>,
    actorId: string,
    reason: EndReason,
  ) {
    await tx
      .updateTable('contact_consents')
      .set({ withdrawn_at: sql<string>`now()`, withdrawn_by: changedBy, end_reason: reason })
      .where('actor_id', '=', actorId)
      .where('withdrawn_at', 'is', null)
      .execute()
  },

  /**
   * Removes the withdrawn contact's values from the actor's history too: the consent covered showing them in the
   * entry, and no one needs them once it ends (the history's other fields stay as they were).
   */
  async redactHistory(
    { tx }: Pick<WriteContext, 'tx'>,
    actorId: string,
    contact: { email: string | null; phone: string | null },
  ) {
    for (const [column, value] of [
      ['contact_email', contact.email],
      ['contact_phone', contact.phone],
    ] as const) {
      if (value === null) continue
      for (const side of ['before', 'after'] as const) {
        await sql`
          UPDATE history SET ${sql.ref(side)} = jsonb_set(${sql.ref(side)}, ${`{${column}}`}::text[], 'null')
          WHERE entity_type = 'actor' AND entity_id = ${actorId}
            AND ${sql.ref(side)} ->> ${column} = ${value}`.execute(tx)
      }
    }
  },

  /**
   * A withdrawal: the actor (locked by the caller) loses its contact as a new version with the history action
   * `withdraw_consent`, the consent row keeps when and by whom, and the history loses the withdrawn values.
   */
  async removeConsentedContact(
    context: WriteContext,
    locked: NonNullable<Awaited<ReturnType<typeof actorRepository.lock>>>,
    reason: 'withdrawn' | 'account_deleted',
  ): Promise<Actor> {
    const { createdAt: _c, updatedAt: _u, version: _v, ...facts } = locked.actor
    const changed = await actorRepository.change(
      context,
      { ...facts, contact: null },
      locked.before,
      'withdraw_consent',
    )
    await contactConsentsRepository.end(context, facts.id, reason)
    await contactConsentsRepository.redactHistory(context, facts.id, {
      email: locked.actor.contact?.email ?? null,
      phone: locked.actor.contact?.phone ?? null,
    })
    return changed
  },

  /** The user's live consents: what "Meine Einträge" offers to withdraw. */
  async liveOfUser(db: Executor, userId: string): Promise<ContactConsent[]> {
    return db
      .selectFrom('contact_consents')
      .select([...consentColumns])
      .where('user_id', '=', userId)
      .where('withdrawn_at', 'is', null)
      .orderBy('id')
      .execute()
  },

  /** The actors whose contact the user's live consents cover (account deletion withdraws them). */
  async liveActorIdsOfUser(db: Executor, userId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('contact_consents')
      .select('actor_id')
      .where('user_id', '=', userId)
      .where('withdrawn_at', 'is', null)
      .orderBy('actor_id')
      .execute()
    return rows.map((row) => row.actor_id)
  },

  /** Every consent the user gave, live or ended, oldest first (account export). */
  async allOfUser(db: Executor, userId: string): Promise<ContactConsent[]> {
    return db
      .selectFrom('contact_consents')
      .select([...consentColumns])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute()
  },
}
