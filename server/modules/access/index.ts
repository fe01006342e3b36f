/** Roles and capabilities: the role matrix and the route-level check. */
export { authorize } from './authorize.ts'
export {
  type ClinicalAccess,
  clinicalAccessTo,
  requireClinicalAccess,
} from './clinical-access.ts'
export { requireClinicalPatient } from './clinical-patient.ts'
export {
  CAPABILITIES,
  type Capability,
  can,
  capabilitiesOf,
  PRIVILEGED_ROLES,
} from './role-matrix.ts'
