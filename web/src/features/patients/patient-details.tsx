import type { ReactNode } from 'react'
import type { Contact, Patient } from '../../../../shared/contracts/patients.ts'
import { formatDate, formatDateTime } from '../../../../shared/format/index.ts'
import { maskAadhaar } from '../../../../shared/india/identifiers.ts'
import { useT } from '../../i18n/use-t.ts'
import { ageText, languageText, phoneText, sexLabelKey, stateName } from './patient-labels.ts'

/** Every field on record, in Indian formats; identifiers masked or grouped as they are printed. */
export function PatientDetails({ patient }: { patient: Patient }) {
  const t = useT()
  const { address } = patient
  const dateOfBirth = patient.isDateOfBirthEstimated
    ? `${formatDate(patient.dateOfBirth)} ${t('patients.estimated')}`
    : formatDate(patient.dateOfBirth)
  return (
    <section className="card section-gap" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('patients.detailsHeading')}</h2>
      <div className="details-grid">
        <DetailGroup title={t('patients.identityHeading')}>
          <Detail term={t('patients.fullName')}>{patient.fullName}</Detail>
          <Detail term={t('patients.dateOfBirth')}>{dateOfBirth}</Detail>
          <Detail term={t('patients.age')}>{ageText(patient.ageYears, t)}</Detail>
          <Detail term={t('patients.sex')}>{t(sexLabelKey(patient.sex))}</Detail>
          <Detail term={t('patients.genderIdentity')}>{patient.genderIdentity}</Detail>
          <Detail term={t('patients.preferredLanguage')}>
            {languageText(patient.preferredLanguage, t)}
          </Detail>
        </DetailGroup>
        <DetailGroup title={t('patients.contactHeading')}>
          <Detail term={t('patients.phone')}>{patient.phone && phoneText(patient.phone)}</Detail>
          <Detail term={t('patients.email')}>{patient.email}</Detail>
        </DetailGroup>
        <DetailGroup title={t('patients.addressHeading')}>
          <Detail term={t('patients.addressLine1')}>{address.line1}</Detail>
          <Detail term={t('patients.addressLine2')}>{address.line2}</Detail>
          <Detail term={t('patients.city')}>{address.city}</Detail>
          <Detail term={t('patients.state')}>{stateName(address.stateCode)}</Detail>
          <Detail term={t('patients.pinCode')}>{address.pinCode}</Detail>
        </DetailGroup>
        <DetailGroup title={t('patients.healthIdHeading')}>
          <Detail term={t('patients.abhaNumber')}>
            {patient.abhaNumber && <span className="identifier">{patient.abhaNumber}</span>}
          </Detail>
          <Detail term={t('patients.abhaAddress')}>{patient.abhaAddress}</Detail>
          <Detail term={t('patients.aadhaar')}>
            {patient.aadhaarLast4 && (
              <span className="identifier">{maskAadhaar(patient.aadhaarLast4)}</span>
            )}
          </Detail>
        </DetailGroup>
        <DetailGroup title={t('patients.guardianHeading')}>
          <ContactDetails contact={patient.guardian} nameTerm={t('patients.guardianName')} />
          {patient.guardian && (
            <Detail term={t('patients.guardianIdentifiedShort')}>
              {patient.guardian.isIdentifiedAsAdult
                ? t('patients.yes')
                : t('patients.guardianNotIdentified')}
            </Detail>
          )}
        </DetailGroup>
        <DetailGroup title={t('patients.emergencyHeading')}>
          <ContactDetails contact={patient.emergencyContact} nameTerm={t('patients.contactName')} />
        </DetailGroup>
        <DetailGroup title={t('patients.recordHeading')}>
          <Detail term={t('patients.number')}>
            <span className="identifier">{patient.patientNumber}</span>
          </Detail>
          <Detail term={t('patients.referralSource')}>{patient.referralSource}</Detail>
          <Detail term={t('patients.createdAt')}>{formatDateTime(patient.createdAt)}</Detail>
          <Detail term={t('patients.updatedAt')}>{formatDateTime(patient.updatedAt)}</Detail>
        </DetailGroup>
      </div>
    </section>
  )
}

function DetailGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="detail-group">
      <h3>{title}</h3>
      <dl className="detail-rows">{children}</dl>
    </div>
  )
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  const t = useT()
  const isEmpty = children === null || children === undefined || children === ''
  return (
    <div>
      <dt>{term}</dt>
      <dd>{isEmpty ? <span className="muted">{t('patients.notRecorded')}</span> : children}</dd>
    </div>
  )
}

function ContactDetails({ contact, nameTerm }: { contact: Contact | null; nameTerm: string }) {
  const t = useT()
  if (!contact) return <Detail term={nameTerm}>{null}</Detail>
  return (
    <>
      <Detail term={nameTerm}>{contact.name}</Detail>
      <Detail term={t('patients.relation')}>{contact.relation}</Detail>
      <Detail term={t('patients.phone')}>{phoneText(contact.phone)}</Detail>
    </>
  )
}
