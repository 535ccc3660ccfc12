/** A coordinator's verdict on a pending entry: accepted entries are published, rejected ones archived. */
import type { RecordStatus } from '@netzwerkatlas/shared'
import { isModerator, type Writer } from './write-permissions.ts'

export type Verdict = 'accept' | 'reject'

export type ModerationDecision<Current> =
  | { kind: 'forbidden' }
  | { kind: 'version_conflict'; current: Current }
  | { kind: 'wrong_state'; detail: string }
  | { kind: 'change'; status: RecordStatus }

export function decideModeration<Current extends { status: RecordStatus; version: number }>(
  writer: Writer,
  current: Current,
  expectedVersion: number,
  verdict: Verdict,
): ModerationDecision<Current> {
  if (!isModerator(writer)) return { kind: 'forbidden' }
  if (current.version !== expectedVersion) return { kind: 'version_conflict', current }
  if (current.status !== 'pending')
    return { kind: 'wrong_state', detail: 'Only pending entries are moderated.' }
  return { kind: 'change', status: verdict === 'accept' ? 'published' : 'archived' }
}
