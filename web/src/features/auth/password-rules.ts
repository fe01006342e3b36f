import type { Translate } from '../../i18n/language-provider.tsx'

// The server's rule (server/modules/auth/password.ts): at least 10 characters, counted as people
// see them; it also refuses common passwords and ones built from the person's name or email,
// which only it can check. Checking the length here saves a round trip for the usual mistake.
const MIN_LENGTH = 10

export function passwordLengthError(password: string, t: Translate): string | undefined {
  if (!password) return t('form.required')
  if ([...password.normalize('NFKC')].length < MIN_LENGTH) return t('password.tooShort')
  return undefined
}
