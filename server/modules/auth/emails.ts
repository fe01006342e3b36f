import type { EmailMessage } from '../../lib/email/email-provider.ts'

/**
 * Tokens travel in the URL fragment (#token=…): browsers never send the
 * fragment to a server, so the secret stays out of access logs and proxies.
 */
export function passwordResetEmail(input: {
  to: string
  name: string
  baseUrl: string
  token: string
}): EmailMessage {
  const link = `${input.baseUrl}/reset-password#token=${input.token}`
  return {
    to: input.to,
    subject: 'Reset your Niramaya password',
    text: [
      `Hello ${input.name},`,
      '',
      'Someone (hopefully you) asked to reset the password of your Niramaya account.',
      `Open this link within 30 minutes to choose a new password:`,
      '',
      link,
      '',
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  }
}

export function invitationEmail(input: {
  to: string
  /** The inviting clinic: its owners and admins can read the message in the local outbox. */
  clinicId: string
  clinicName: string
  inviterName: string
  role: string
  baseUrl: string
  token: string
}): EmailMessage {
  const link = `${input.baseUrl}/accept-invitation#token=${input.token}`
  return {
    to: input.to,
    clinicId: input.clinicId,
    subject: `${input.inviterName} invited you to ${input.clinicName} on Niramaya`,
    text: [
      'Hello,',
      '',
      `${input.inviterName} invited you to join ${input.clinicName} on Niramaya as ${input.role}.`,
      'Open this link within 48 hours to accept and set your password:',
      '',
      link,
      '',
      'The link works once. If you were not expecting this, ignore this email.',
    ].join('\n'),
  }
}
