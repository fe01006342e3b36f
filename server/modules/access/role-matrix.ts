// The matrix itself is shared with the web app; the server reads it through this module.
export {
  CAPABILITIES,
  type Capability,
  capabilitiesOf,
  PRIVILEGED_ROLES,
  roleCan as can,
} from '../../../shared/access/capabilities.ts'
