import { useCallback } from 'react'
import { z } from 'zod'
import {
  type Invitation,
  InvitationSchema,
  type StaffMember,
  StaffMemberSchema,
} from '../../../../shared/contracts/staff.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'

const StaffListSchema = z.array(StaffMemberSchema)
const InvitationListSchema = z.array(InvitationSchema)

export type StaffState =
  | { kind: 'loading' }
  | { kind: 'loaded'; members: StaffMember[]; invitations: Invitation[] }
  | { kind: 'failed'; error: unknown }

/**
 * The team and, for roles that manage staff, the invitations. reload() resolves once the fresh
 * lists are shown, so a change is confirmed only when the tables already reflect it.
 */
export function useStaff(canManage: boolean): { state: StaffState; reload: () => Promise<void> } {
  const members = useApiQuery('/staff', { schema: StaffListSchema })
  const invitations = useApiQuery(canManage ? '/staff/invitations' : null, {
    schema: InvitationListSchema,
  })
  const cache = useApiCache()
  const error = members.error ?? (canManage ? invitations.error : null)
  const state: StaffState =
    error !== null
      ? { kind: 'failed', error }
      : members.data !== undefined && (!canManage || invitations.data !== undefined)
        ? { kind: 'loaded', members: members.data, invitations: invitations.data ?? [] }
        : { kind: 'loading' }
  // '/staff' covers '/staff/invitations' too (lib/query.ts: a path and everything under it).
  const reload = useCallback(() => cache.invalidate('/staff'), [cache])
  return { state, reload }
}
