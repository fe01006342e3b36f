// Strings shared by many screens: loading, forms, errors, dates, roles, the signed-in header.
export const enCommon = {
  'app.loading': 'Loading…',
  'app.retry': 'Try again',
  'app.unreachableHeading': 'Niramaya cannot reach the server',
  'header.profile': 'My profile',
  'header.signOut': 'Sign out',
  'form.required': 'This field is required',
  'form.fixErrors': 'Please correct the highlighted fields.',
  'form.sending': 'Please wait…',
  'form.cancel': 'Cancel',
  'form.choose': 'Choose…',
  'form.optional': 'optional',
  'error.network': 'Could not reach the server. Check the network connection and try again.',
  'error.server':
    'Something went wrong on the server. Try again; if it keeps happening, tell your Niramaya administrator.',
  'date.placeholder': 'DD/MM/YYYY',
  'date.invalid': 'Enter a real date as DD/MM/YYYY',
  'password.hint':
    'At least 10 characters. A phrase of a few words is easy to remember and hard to guess.',
  'password.tooShort': 'Use at least 10 characters',
  'password.mismatch': 'The two passwords are not the same',
  'notAvailable.body':
    'This page is not available for your role ({role}). Ask the clinic owner if you need it.',
  'role.owner': 'Owner',
  'role.admin': 'Administrator',
  'role.doctor': 'Doctor',
  'role.assistant': 'Assistant',
  'role.receptionist': 'Receptionist',
  'role.accountant': 'Accountant',
  'role.unknown': 'Staff',
}
