import { type FormEvent, useId, useState } from 'react'
import { z } from 'zod'
import {
  type CareTeamMember,
  CareTeamMemberSchema,
  ClinicianSchema,
} from '../../../../shared/contracts/care-team.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'

const MemberListSchema = z.array(CareTeamMemberSchema)
const ClinicianListSchema = z.array(ClinicianSchema)

/**
 * The doctors and assistants looking after the patient: they, and only they, see the clinical
 * records (unless the clinic lets doctors see everyone's). Everyone who sees the patient sees who
 * is on it; the front desk, owners and admins change it.
 */
export function CareTeamSection({
  patientId,
  canManage,
}: {
  patientId: string
  canManage: boolean
}) {
  const t = useT()
  const headingId = useId()
  const membersPath = `/patients/${patientId}/care-team`
  const memberList = useApiQuery(membersPath, { schema: MemberListSchema })
  const clinicianList = useApiQuery(canManage ? '/clinicians' : null, {
    schema: ClinicianListSchema,
  })
  const members = memberList.data ?? null
  const clinicians = clinicianList.data ?? []
  const cache = useApiCache()
  const [chosen, setChosen] = useState('')
  const [isSending, setSending] = useState(false)
  const [changeError, setError] = useState<unknown>(null)
  const error = changeError ?? memberList.error ?? clinicianList.error ?? null
  const [status, setStatus] = useState<string | null>(null)

  const change = async (work: () => Promise<void>, message: string) => {
    setSending(true)
    setError(null)
    setStatus(null)
    try {
      await work()
      await cache.invalidate(membersPath)
      setStatus(message)
    } catch (failure) {
      setError(failure)
    } finally {
      setSending(false)
    }
  }
  const available = clinicians.filter(
    (clinician) => !members?.some((member) => member.userId === clinician.userId),
  )
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const clinician = available.find((candidate) => candidate.userId === chosen)
    if (!clinician || isSending) return
    void change(
      async () => {
        await api(`/patients/${patientId}/care-team`, {
          method: 'POST',
          body: { userId: clinician.userId },
        })
        setChosen('')
      },
      t('careTeam.added', { name: clinician.fullName }),
    )
  }
  const remove = (member: CareTeamMember) =>
    change(
      () => api(`/patients/${patientId}/care-team/${member.userId}`, { method: 'DELETE' }),
      t('careTeam.removed', { name: member.fullName }),
    )

  return (
    <section className="card section-gap" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('careTeam.heading')}</h2>
      <p className="muted">{t('careTeam.intro')}</p>
      <StatusMessage>{status}</StatusMessage>
      {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
      {members === null && error === null && <p role="status">{t('app.loading')}</p>}
      {members?.length === 0 && <p>{t('careTeam.empty')}</p>}
      {members && members.length > 0 && (
        <ul className="care-team-list">
          {members.map((member) => (
            <li key={member.userId}>
              <span className="care-team-name">{member.fullName}</span>
              <span className="muted">{t(`role.${member.role}`)}</span>
              {canManage && (
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t('careTeam.removeMember', { name: member.fullName })}
                  disabled={isSending}
                  onClick={() => void remove(member)}
                >
                  {t('careTeam.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && members !== null && (
        <form className="care-team-add" onSubmit={add}>
          {available.length === 0 ? (
            <p className="muted">
              {clinicians.length === 0 ? t('careTeam.noClinicians') : t('careTeam.nobodyToAdd')}
            </p>
          ) : (
            <>
              <SelectField
                label={t('careTeam.addLabel')}
                name="userId"
                value={chosen}
                onChange={setChosen}
              >
                <option value="">{t('form.choose')}</option>
                {available.map((clinician) => (
                  <option key={clinician.userId} value={clinician.userId}>
                    {`${clinician.fullName} (${t(`role.${clinician.role}`)})`}
                  </option>
                ))}
              </SelectField>
              <button type="submit" disabled={isSending || chosen === ''}>
                {t('careTeam.add')}
              </button>
            </>
          )}
        </form>
      )}
    </section>
  )
}
