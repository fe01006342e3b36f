import { CertificatesSection } from '../certificates/certificates-section.tsx'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'
import { ConsentSection } from './consent-section.tsx'
import '../plans/plans.css'
import './forms.css'

/** The record's "Forms" tab: treatment consent forms and medical certificates. */
export function FormsTab(props: ClinicalTabProps) {
  return (
    <>
      <ConsentSection {...props} />
      <CertificatesSection {...props} />
    </>
  )
}
