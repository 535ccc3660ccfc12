/**
 * Who may write what. Actors (the role) edit only the entries they own and propose ties from them;
 * coordinators and admins edit any entry and moderate; admins also manage users.
 */
import type { Role } from '@netzwerkatlas/shared'

export interface Writer {
  id: string
  role: Role
}

export const isModerator = (writer: Writer): boolean =>
  writer.role === 'coordinator' || writer.role === 'admin'

export const mayEditActor = (writer: Writer, ownsActor: boolean): boolean =>
  isModerator(writer) || ownsActor

/** Either end's owner may edit, withdraw or confirm a relationship. */
export const mayEditRelationship = (writer: Writer, ownedEnds: readonly string[]): boolean =>
  isModerator(writer) || ownedEnds.length > 0

/** What the history and the audit log say made a change. */
export const changedByOf = (writer: Writer): string => `user:${writer.id}`

/** A record's history names who changed it: its owners and the moderators may read it (ADR 0014). */
export const mayReadHistory = (writer: Writer, ownsRecord: boolean): boolean =>
  isModerator(writer) || ownsRecord
