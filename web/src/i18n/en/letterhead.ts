// Clinic settings: the letterhead printed on the clinic's documents, and its logo.
export const enLetterhead = {
  'letterhead.heading': 'Letterhead',
  'letterhead.intro':
    'Printed at the top of every document the clinic hands out, such as treatment estimates. Leave a field blank to leave it off.',
  'letterhead.addressLine1': 'Address line 1',
  'letterhead.addressLine2': 'Address line 2',
  'letterhead.city': 'City',
  'letterhead.state': 'State',
  'letterhead.noState': 'Not set',
  'letterhead.pinCode': 'PIN code',
  'letterhead.phone': 'Phone',
  'letterhead.phoneHint': 'As patients should dial it, e.g. +91 20 2612 3456',
  'letterhead.email': 'Email',
  'letterhead.legalName': 'Legal name (GST registration)',
  'letterhead.legalNameHint':
    'As on the GST registration, if not the clinic name: printed as the supplier on invoices.',
  'letterhead.gstin': 'GSTIN',
  'letterhead.gstinHint':
    '15 characters, e.g. 27AAPFU0939F1ZV. Only if the clinic is registered for GST.',
  'letterhead.save': 'Save letterhead',
  'letterhead.saved': 'Letterhead saved.',
  'letterhead.logoHeading': 'Logo',
  'letterhead.logoHint': 'A PNG or JPEG image of at most 512 KB.',
  'letterhead.logoAlt': 'The clinic’s logo',
  'letterhead.noLogo': 'No logo yet.',
  'letterhead.logoFile': 'Logo file',
  'letterhead.uploadLogo': 'Upload logo',
  'letterhead.removeLogo': 'Remove logo',
  'letterhead.logoSaved': 'Logo saved.',
  'letterhead.logoRemoved': 'Logo removed.',
  'letterhead.chooseFile': 'Choose a file first.',
  'letterhead.loading': 'Loading the letterhead…',
}
