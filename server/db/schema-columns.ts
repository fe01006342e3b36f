import type { Database } from './schema.ts'

/**
 * The columns of every table in `Database`, as data. TypeScript makes this
 * list match the interfaces in schema.ts exactly (a missing or extra column is
 * a type error); db/schema-types.test.ts makes it match the columns the app
 * role may select in the migrated database. Together they keep the
 * hand-written row types honest.
 */
type Columns<Table extends keyof Database> = Record<keyof Database[Table], 'read' | 'write-only'>

/** Columns the app role may SELECT. */
const all = <T extends string>(...names: T[]) =>
  Object.fromEntries(names.map((name) => [name, 'read'])) as Record<T, 'read'>
/** Columns the app role may write but not read back. */
const writeOnly = <T extends string>(...names: T[]) =>
  Object.fromEntries(names.map((name) => [name, 'write-only'])) as Record<T, 'write-only'>

export const schemaColumns: { [Table in keyof Database]: Columns<Table> } = {
  clinics: all(
    'id',
    'name',
    'time_zone',
    'state_code',
    'require_two_factor',
    'created_at',
    'updated_at',
  ),
  branches: all('clinic_id', 'id', 'name', 'created_at', 'updated_at'),
  role_capabilities: all('role', 'capability'),
  users: {
    ...writeOnly('password_hash', 'totp_secret', 'totp_last_step'),
    ...all(
      'id',
      'email',
      'full_name',
      'password_changed_at',
      'totp_enabled_at',
      'created_at',
      'updated_at',
    ),
  },
  memberships: all(
    'clinic_id',
    'id',
    'user_id',
    'role',
    'registration_number',
    'registration_council',
    'deactivated_at',
    'created_at',
    'updated_at',
  ),
  sessions: {
    ...writeOnly('token_hash', 'csrf_token_hash'),
    ...all(
      'clinic_id',
      'id',
      'user_id',
      'created_at',
      'last_seen_at',
      'expires_at',
      'revoked_at',
      'ip',
      'user_agent',
    ),
  },
  invitations: {
    ...writeOnly('token_hash'),
    ...all(
      'clinic_id',
      'id',
      'email',
      'role',
      'registration_number',
      'registration_council',
      'invited_by',
      'created_at',
      'expires_at',
      'accepted_at',
      'accepted_user_id',
      'revoked_at',
    ),
  },
  audit_events: all(
    'clinic_id',
    'id',
    'occurred_at',
    'actor_user_id',
    'actor_role',
    'action',
    'table_name',
    'row_id',
    'patient_id',
    'before',
    'after',
    'details',
    'request_id',
    'ip',
    'user_agent',
    'chain_seq',
    'prev_hash',
    'hash',
    'sealed_at',
  ),
  clinic_keys: all('clinic_id', 'id', 'master_key_id', 'wrapped_key', 'created_at'),
  clinic_counters: all('clinic_id', 'name', 'last_value'),
  patients: all(
    'clinic_id',
    'id',
    'patient_number',
    'full_name',
    'date_of_birth',
    'is_date_of_birth_estimated',
    'sex',
    'gender_identity',
    'phone_cipher',
    'phone_index',
    'email_cipher',
    'email_index',
    'aadhaar_last4_cipher',
    'abha_number_cipher',
    'abha_number_index',
    'abha_address_cipher',
    'guardian_cipher',
    'emergency_contact_cipher',
    'address_line1',
    'address_line2',
    'city',
    'state_code',
    'pin_code',
    'preferred_language',
    'referral_source',
    'merged_into_id',
    'created_by',
    'created_at',
    'updated_at',
  ),
}
