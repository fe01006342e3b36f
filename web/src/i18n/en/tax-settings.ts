// Tax and numbering (owners and admins): the clinic's legal name and GSTIN, and the numbering
// series of its invoices, credit notes, receipts and refund vouchers (CGST Rule 46(b)).
export const enTaxSettings = {
  'nav.taxSettings': 'Tax and numbering',
  'tax.title': 'Tax and numbering',
  'tax.intro':
    'What invoices print as the supplier, and how documents are numbered. Numbers restart each financial year (April to March).',
  'tax.loading': 'Loading the tax settings…',
  'tax.profileHeading': 'GST registration',
  'tax.clinicName': 'Clinic name: {name}',
  'tax.state': 'State: {state}',
  'tax.noState': 'State: not set (an owner sets it in Settings)',
  'tax.legalName': 'Legal name (GST registration)',
  'tax.legalNameHint':
    'As on the GST registration, if not the clinic name: printed as the supplier on invoices.',
  'tax.gstin': 'GSTIN',
  'tax.gstinHint':
    '15 characters, e.g. 27AAPFU0939F1ZV, starting with the clinic’s state code. Leave blank if the clinic is not registered for GST: it then issues bills of supply only.',
  'tax.notRegistered': 'Not registered for GST: bills of supply only.',
  'tax.seriesHeading': 'Numbering series',
  'tax.seriesIntro':
    'Each number is PREFIX/YY-YY/serial and at most 16 characters (CGST Rule 46(b)). A change applies from the next number; numbers already issued keep theirs.',
  'tax.financialYear': 'Financial year {year}',
  'tax.kind.invoice': 'Invoices',
  'tax.kind.credit_note': 'Credit notes',
  'tax.kind.receipt': 'Receipts',
  'tax.kind.refund': 'Refund vouchers',
  'tax.prefix': 'Prefix',
  'tax.prefixHint': 'Letters, digits, - and /; at most {maximum} characters.',
  'tax.width': 'Digits in the serial',
  'tax.nextNumber': 'Next number: {number}',
  'tax.nextNumberInvalid': 'Next number: not possible with this prefix and width',
  'tax.save': 'Save tax settings',
  'tax.saved': 'Tax settings saved.',
}
