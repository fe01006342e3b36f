// Every reason the API can give for refusing a request: a stable dotted key, its English text
// (what API users and logs read) and, through the {placeholders} in that text, its parameters.
// The web app never shows the English: it looks the key up in its own catalogues
// (web/src/i18n/<language>/errors.ts), whose type requires a text for every key here.
//
// Keys are part of the API: rename one only with a new API version. Texts name fields, never
// values, and parameters are times, numbers, limits or codes: never personal data.
// A field reason's text continues the field name ("is required"); the others are sentences.

export const errorReasons = {
  // The request as a whole and the HTTP layer.
  'request.invalid': 'The request is not valid',
  'request.invalid_json': 'the request body is not valid JSON',
  'request.too_large': 'The request body is too large',
  'request.larger_than': 'The request body is larger than {maximum}',
  'request.no_such_route': 'No such API route',
  'webhook.bad_signature': 'The webhook signature is missing or does not match',
  'webhook.bad_verify_token': 'The verify token does not match',
  'messaging.window_closed':
    'The patient last wrote over 24 hours ago: WhatsApp allows only template messages now',
  'messaging.not_sending': 'This clinic does not send WhatsApp messages from the server',
  'messaging.no_consent': 'This patient has not agreed to WhatsApp messages',
  'messaging.no_mobile': 'This patient has no Indian mobile number to write to',
  'messaging.draft_not_found': 'No such click-to-chat draft',
  'messaging.template_unknown_parameter':
    'uses a placeholder this message does not have: {parameter}',
  'messaging.template_clinic_missing':
    'must include the clinic placeholder, so patients know who writes',
  'messaging.template_stray_braces': 'has braces that are not a placeholder',
  'messaging.draft_not_sendable':
    'This message no longer fits: the visit changed or the patient withdrew consent',
  'messaging.no_channel_consent': 'This patient has not agreed to messages on any channel',
  'messaging.no_document_channel':
    'This patient has not agreed to WhatsApp or email messages, which can carry a document',
  'messaging.document_already_planned': 'This document has already been sent today',
  'messaging.no_recall_consent': 'This patient has not agreed to recall reminders',
  'messaging.recall_not_due': 'This patient is not due for this recall now, or has a visit booked',
  'messaging.recall_already_planned': 'A reminder for this recall has already been sent',
  'messaging.invoice_not_issued': 'Only an issued invoice has a balance to remind about',
  'messaging.nothing_due': 'Nothing is due on this invoice',
  'messaging.reminder_already_planned': 'A reminder for this invoice has already been sent today',
  'messaging.provider_endpoint_not_allowed':
    'must be your Wati API endpoint as its dashboard shows it: https, on wati.io',
  'messaging.provider_refused': 'was refused by the provider ({code}): check it and try again',
  'messaging.provider_unreachable':
    'The provider could not be reached ({code}); nothing was saved. Try again in a moment',
  'request.not_found': 'Not found',
  'request.no_such_file': 'No such file',
  'request.unsupported_media_type': 'must be sent as JSON, with Content-Type: application/json',
  'server.internal': 'Something went wrong on our side',
  'server.unavailable': 'The database cannot be reached just now; please try again in a moment',

  // Field issues found by schema validation (zod), whatever the route.
  'field.required': 'is required',
  'field.invalid_type': 'has the wrong type of value',
  'field.too_short': 'must be at least {minimum} characters',
  'field.too_long': 'must be at most {maximum} characters',
  'field.too_small': 'must be at least {minimum}',
  'field.too_big': 'must be at most {maximum}',
  'field.too_few': 'must have at least {minimum} items',
  'field.too_many': 'must have at most {maximum} items',
  'field.not_integer': 'must be a whole number',
  'field.not_multiple': 'must be a multiple of {divisor}',
  'field.invalid_format': 'has the wrong format',
  'field.invalid_email': 'must be a valid email address',
  'field.invalid_id': 'must be a valid id',
  'field.invalid_date': 'must be a date as YYYY-MM-DD',
  'field.invalid_datetime':
    'must be a date and time with its offset, e.g. 2026-11-24T10:30:00+05:30',
  'field.invalid_time': 'must be a time as HH:MM',
  'field.invalid_value': 'must be one of: {options}',
  'field.unknown_fields': 'has fields that are not allowed: {fields}',
  'field.invalid': 'is not valid',
  'field.nothing_to_change': 'nothing to change',
  'field.not_plain_text': 'must not contain NUL characters or broken Unicode',

  // PostgreSQL errors caused by input (server/http/database-errors.ts).
  'database.duplicate': 'A record with the same unique value already exists',
  'database.reference': 'The record refers to, or is referred to by, another record',
  'database.out_of_range': 'A value is outside what the record allows',
  'database.wrong_format': 'A value has the wrong format',
  'database.overlap': 'The record overlaps with an existing one',

  // Access.
  'access.forbidden': 'You are not allowed to do this',
  'access.role': 'Your role does not allow this',
  'access.care_team_only':
    "Only this patient's care team can see their clinical records; ask the front desk to add you",
  'access.foreign_origin': 'This request came from another site and was refused',
  'access.csrf_token': 'Missing or wrong CSRF token: reload the page and try again',

  // Sign-in, accounts and passwords.
  'auth.sign_in_required': 'Sign in to continue',
  'auth.wrong_credentials': 'The email or password is not correct',
  'auth.too_many_attempts': 'Too many failed attempts. Try again in {minutes} minutes.',
  'auth.too_many_resets': 'Too many reset requests. Try again in {minutes} minutes.',
  'auth.too_many_sign_ups': 'Too many sign-ups from this address. Try again later.',
  'auth.code_needed': 'Enter the 6-digit code from your authenticator app',
  'auth.code_required': 'is required for this account',
  'auth.choose_clinic': 'Choose the clinic to sign in to',
  'auth.two_factor_enrol': 'Set up two-factor sign-in to continue: your clinic requires it',
  'auth.two_factor_role': 'Your clinic requires two-factor sign-in for your role',
  'auth.two_factor_on': 'Two-factor sign-in is already on',
  'auth.two_factor_not_started': 'Start two-factor set-up first',
  'auth.code_wrong': 'is not the current code from your app',
  'auth.not_current_password': 'is not your current password',
  'auth.email_taken': 'An account with this email already exists: sign in instead',
  'auth.email_has_account': 'already has an account',
  'auth.not_indian_state': 'is not an Indian state',
  'auth.indian_state': 'must be an Indian state or union territory (name or 2-digit GST code)',
  'auth.existing_password': 'Enter the password of your existing Niramaya account',
  'auth.existing_password_wrong': 'does not match your existing account',
  'auth.invitation_invalid': 'is not a valid invitation link',
  'auth.invitation_expired': 'This invitation has expired: ask the clinic to send a new one',
  'auth.invitation_used': 'This invitation was already used or withdrawn',
  'auth.reset_invalid': 'is not a valid reset link',
  'auth.reset_expired': 'This reset link has expired: ask for a new one',
  'auth.reset_used': 'This reset link was already used: ask for a new one',
  'password.too_short': 'must be at least {minimum} characters long',
  'password.too_long': 'must be at most {maximum} characters long',
  'password.too_common': 'is too common; choose a less predictable one',
  'password.has_email': 'must not contain your email address',
  'password.has_name': 'must not contain your name',

  // Staff.
  'staff.not_found': 'No such staff member',
  'staff.invitation_not_found': 'No open invitation with this id',
  'staff.already_member': 'This person already works at this clinic',
  'staff.email_is_member': 'already belongs to a member of this clinic',
  'staff.own_role': 'You cannot change your own role',
  'staff.deactivate_self': 'You cannot deactivate yourself',
  'staff.already_deactivated': 'This member is already deactivated',
  'staff.last_owner': 'A clinic needs at least one owner: make someone else owner first',

  // Patients, history, care team, consent, documents.
  'patient.not_found': 'No such patient',
  'patient.guardian_required': 'is required for a patient under 18',
  'patient.birth_in_future': 'must not be in the future',
  'patient.age_over_limit': 'gives an age over {maximum} years',
  'patient.birth_or_age': 'give the date of birth, or the age in years',
  'patient.mobile': 'must be a 10-digit Indian mobile number starting with 6, 7, 8 or 9',
  'patient.aadhaar_full':
    'must be only the last 4 digits: a full Aadhaar number is never stored (Aadhaar Act 2016, s.29)',
  'patient.aadhaar_last4': 'must be exactly 4 digits',
  'patient.abha_number': 'must be 14 digits, as XX-XXXX-XXXX-XXXX',
  'patient.abha_address': 'must look like name@abdm',
  'patient.merge_same': 'must be a different patient',
  'patient.merge_unknown': 'must be a patient of this clinic not merged already',
  'history.stale':
    'Someone else saved this history since you opened it; reload to see their changes',
  'vitals.needs_both_pressures': 'needs both systolic and diastolic pressure',
  'vitals.diastolic_not_below_systolic': 'must be below the systolic pressure',
  'vitals.glucose_needs_context':
    'blood glucose and when it was taken (fasting, random or post-prandial) go together',
  'vitals.nothing_measured': 'enter at least one measurement',
  'vitals.one_decimal': 'at most one decimal place',
  'catalogue.taxable_needs_rate': 'must be above 0 for a taxable procedure',
  'catalogue.exempt_has_rate': 'must be 0 for an exempt procedure',
  'catalogue.tooth_only': 'is only for procedures priced per tooth or per surface',
  'catalogue.per_surface_needs_surfaces': 'must be true for a procedure priced per surface',
  'catalogue.surfaces_tooth_only':
    'can be true only for procedures priced per tooth or per surface',
  'catalogue.restoration_needs_surfaces': 'must be true for a restoration',
  'catalogue.material_not_allowed':
    'is only for restorations, crowns, bridges, veneers, posts and implants',
  'catalogue.code_taken': 'is already used by another procedure in the catalogue',
  'catalogue.not_found': 'No such procedure in the catalogue',
  'plans.guardian_name_required': 'is required when a guardian signs',
  'plans.guardian_name_only': 'is only for a guardian signing',
  'plans.not_found': 'No such treatment plan for this patient',
  'plans.estimate_changed':
    'The plan has changed since this estimate was made; show the new estimate and sign again',
  'plans.accept_not_proposed': 'only a proposed plan can be accepted, and a plan version only once',
  'plans.accept_no_items': 'has no items to accept',
  'plans.signature_not_png': 'must be a PNG image of the drawn signature',
  'plans.signature_too_large': 'must be at most {maximum} bytes',
  'plans.signature_size': 'must be between {minimum} and {maximum} pixels wide and high',
  'plans.minor_needs_guardian': 'must be guardian: the patient is under 18',
  'plans.defer_not_accepted': 'only an accepted plan with treatment still to do can be deferred',
  'plans.follow_up_in_past': 'must be today or later',
  'plans.item_not_found': 'No such item in this treatment plan',
  'plans.procedure_unknown': 'must be a procedure in the clinic’s catalogue',
  'plans.procedure_archived': 'is archived in the catalogue; choose a current procedure',
  'plans.doctor_not_dentist': 'must be an active doctor, owner or admin of this clinic',
  'plans.teeth_required':
    'must name at least one tooth for a procedure priced per tooth or per surface',
  'plans.teeth_not_allowed': 'is only for procedures priced per tooth or per surface',
  'plans.teeth_repeated': 'names a tooth twice',
  'plans.tooth_wrong_dentition': 'has a tooth this procedure is not for: {dentition} teeth only',
  'plans.tooth_wrong_region': 'has a tooth this procedure is not for: {region} teeth only',
  'plans.surfaces_required': 'must name the surfaces for this procedure',
  'plans.surfaces_not_allowed': 'is only for procedures done on surfaces',
  'plans.quadrant_required': 'is required for a procedure priced per quadrant',
  'plans.quadrant_not_allowed': 'is only for procedures priced per quadrant',
  'plans.arch_required': 'is required for a procedure priced per arch',
  'plans.arch_not_allowed': 'is only for procedures priced per arch',
  'plans.quantity_not_allowed': 'is only for procedures priced per visit',
  'plans.discount_above_price': 'must not be more than the price',
  'plans.plan_not_proposed':
    'This plan is {status}: what it holds no longer changes; revise it to make a new version',
  'plans.alternative_not_proposed': 'must be a proposed plan of this patient',
  'plans.decline_not_proposed': 'Only a proposed plan can be declined',
  'plans.cancel_closed': 'This plan is already {status}',
  'plans.revise_not_accepted': 'Only an accepted plan is revised; change a proposed plan directly',
  'billing.not_found': 'No such invoice for this patient',
  'billing.invoice_issued':
    'This invoice is issued: it no longer changes and is not deleted; issue a credit note instead',
  'billing.no_lines': 'must have at least one line',
  'billing.discount_above_line': 'must not be more than the quantity times the unit price',
  'billing.line_too_large': 'makes the line larger than an invoice line may be',
  'billing.rate_not_allowed': 'must be one of the GST rates, in basis points: {rates}',
  'billing.taxable_needs_rate': 'must be above 0 for a taxable line',
  'billing.exempt_has_rate': 'must be 0 for an exempt line',
  'billing.unregistered_supplier':
    'must be exempt: the clinic has no GSTIN, so it cannot charge GST',
  'billing.recipient_required':
    'is required for a registered recipient or a taxable value of ₹50,000 or more (CGST Rule 46)',
  'billing.recipient_gstin_state': "must start with the recipient's state code ({stateCode})",
  'billing.plan_item_not_found': 'must be a treatment plan item of this patient',
  'billing.plan_item_not_completed': 'must be a completed treatment plan item',
  'billing.plan_item_billed': 'is already on another invoice',
  'billing.plan_item_repeated': 'names the same item twice',
  'billing.series_exhausted': 'The {kind} series has no numbers left for this financial year',
  'billing.payment_not_found': 'No such payment for this patient',
  'billing.nothing_due': 'Nothing is left to pay on this invoice',
  'billing.instalment_past': 'must be today or later',
  'billing.instalment_order': 'must be after the instalment before it',
  'billing.instalments_sum': 'must add up to what the invoice still owes ({due} paise)',
  // The numbering series (clinic tax profile): CGST Rule 46(b), at most 16 characters in all.
  'tax.series_prefix': 'must be letters, digits, - and /, starting with a letter or digit',
  'tax.series_prefix_too_long':
    'must be at most {maximum} characters, so that PREFIX/YY-YY/serial fits in 16 (CGST Rule 46(b))',
  'tax.series_width_used':
    "must be at least {minimum}: this year's numbers already need that many digits",
  'billing.credit_note_not_found': 'No such credit note for this patient',
  'billing.credit_invoice_draft':
    'A draft is changed or deleted, not credited; credit notes are for issued invoices',
  'billing.credit_nothing_left': 'This invoice has been credited in full already',
  'billing.credit_lines_required':
    'must name at least one line and amount, unless the reason is cancellation',
  'billing.credit_lines_with_cancellation':
    'must be empty for a cancellation, which credits everything left',
  'billing.credit_line_not_found': 'must be a line of this invoice',
  'billing.credit_line_repeated': 'names the same line twice',
  'billing.credit_above_line':
    'must not be more than is left to credit on the line ({remaining} paise)',
  'billing.credit_indivisible':
    'cannot be split into equal CGST and SGST; credit an even amount or the whole remainder',
  'billing.reference_required': 'is required for UPI, bank transfers and cheques',
  'billing.card_reference': 'must be the last 4 digits of the card, never the card number',
  'billing.invoice_not_issued': 'must be an issued invoice of this patient',
  'billing.invoice_repeated': 'names the same invoice twice',
  'billing.allocation_above_due': 'must not be more than the invoice still owes ({due} paise)',
  'billing.allocations_above_payment': 'add up to more than the payment',
  'billing.payment_above_due':
    'is more than the invoices chosen owe; set advance to hold the rest on the account',
  'billing.credit_above_available':
    'must not be more than the credit on the account ({available} paise)',
  // GST reports (server/modules/billing-reports).
  'billing.report_range_order': 'must not be before from',
  'billing.report_range_too_long': 'must be at most one year after from',
  'billing.einvoice_not_issued': 'An e-invoice is made only for an issued invoice',
  'billing.einvoice_not_b2b':
    'An e-invoice is made only for a tax invoice from a registered clinic to a recipient with a GSTIN',
  'billing.einvoice_no_taxable_lines':
    'An e-invoice is not made for an invoice with only exempt lines',
  'billing.einvoice_pin': 'An e-invoice needs a 6-digit PIN code in the {party} address',
  'plans.revision_exists': 'This plan already has a newer version; change that one',
  'plans.item_not_cancellable': 'Only an accepted item not yet started can be cancelled',
  'plans.item_not_open': 'Sittings are recorded only on accepted items and items in progress',
  'plans.sitting_in_future': 'must not be after today',
  'lab.not_found': 'No such lab',
  'lab.archived': 'must be a lab that is not archived',
  'lab.name_taken': 'is already the name of another lab',
  'lab.case_not_found': 'No such lab case',
  'lab.tooth_repeated': 'names a tooth twice',
  'lab.before_sent': 'must be on or after the date the case was sent',
  'lab.before_received': 'must be on or after the date the case was received',
  'lab.after_today': "must not be after today (the clinic's date)",
  'lab.after_received': 'must not be after the date the case was received',
  'lab.plan_item_other_patient': "must be an item of this patient's treatment plans",
  'lab.not_at_lab': 'must be "sent": only a case at the lab can be received',
  'lab.not_received': 'must be "received": only a received case can be fitted',
  'lab.not_remakeable': 'must be "sent" or "received" to remake the case',
  'lab.case_closed': 'must be "sent", "received" or "fitted": a remade case does not change',
  'note.stale': 'Someone else saved this note since you opened it; reload to see their changes',
  'note.not_found': 'No such note for this patient',
  'note.signed_locked': 'A signed note cannot be changed or deleted; add an addendum',
  'note.not_signed': 'Only a signed note takes addenda',
  'note.not_author': 'Only the author may delete a draft',
  'note.appointment_unknown': 'must be an appointment of this patient',
  'prescription.drug_code_required':
    'must name a drug of the master or of the clinic, or the line must be marked custom',
  'prescription.custom_has_code': 'must be empty on a line marked custom',
  'prescription.unknown_drug':
    'is not a drug of the master or of the clinic; mark the line as custom and type its name',
  'prescription.dose_above_hard_limit': 'is above the largest dose that can be prescribed',
  'prescription.not_found': 'No such prescription',
  'prescription.not_issued_for_sending': 'Only an issued prescription can be sent to the patient',
  'prescription.issued_locked':
    'An issued prescription cannot be changed or deleted; issue a correction instead',
  'prescription.not_issued': 'Only an issued prescription can be cancelled or corrected',
  'prescription.already_replaced': 'This prescription already has a correction',
  'prescription.registration_missing':
    'Your profile has no registration number; ask the clinic owner to add it before you issue prescriptions',
  'prescription.override_needed':
    'Some warnings need a reason before this prescription can be issued',
  'prescription.warnings_changed':
    'The warnings changed since they were checked; review them and give the reasons again',
  'formulary.unknown_drug': 'is not a drug of the master or a live item of the clinic',
  'formulary.drug_not_found': 'No such drug in the master or among the clinic items',
  'formulary.unknown_strength': "is not one of the drug's strengths",
  'formulary.unknown_class': 'must be classes the drug master uses',
  'formulary.in_master': 'is already in the drug master; prescribe it from there',
  'formulary.name_taken': 'a live clinic item with this generic name already exists',
  'formulary.clinic_drug_not_found': 'No such drug item of the clinic',
  'formulary.favourite_not_found': 'No such favourite of yours',
  'formulary.set_name_taken': 'a prescription set with this name already exists',
  'formulary.set_not_found': 'No such prescription set',
  'note_template.name_taken': 'a note template with this name already exists',
  'note_template.not_found': 'No such note template',
  'note_template.prompt':
    'has a prompt that is not written [[like this]] (1 to 80 characters, on one line)',
  'treatment_consent.not_found': 'No such treatment consent form for this patient',
  'treatment_consent.template_not_found': 'No such consent form template',
  'treatment_consent.template_title_taken':
    'a consent form template with this title and language already exists',
  'treatment_consent.template_placeholder':
    'has a placeholder that is not written [[like_this]] (lower-case letters and _, up to 40)',
  'treatment_consent.value_missing': 'must be filled in: the template asks for it',
  'treatment_consent.plan_item_unknown': 'must be a treatment-plan item of this patient',
  'treatment_consent.relationship_required': 'is required when a guardian signs',
  'treatment_consent.patient_signed': 'The patient has already signed this form',
  'treatment_consent.patient_not_signed': 'The patient signs the form before the doctor',
  'treatment_consent.signed_locked':
    'A signed treatment consent form cannot be changed or deleted; fill a new one',
  'treatment_consent.not_the_doctor': 'Only the doctor named on the form may countersign it',
  'treatment_consent.no_registration':
    'must be in your staff profile before you sign: the form prints it',
  'certificate.not_found': 'No such medical certificate for this patient',
  'certificate.to_date_required': 'is required for sick leave',
  'certificate.to_date_only_sick_leave': 'is only for sick leave',
  'certificate.end_before_start': 'must be on or after the first day',
  'certificate.too_long': 'must be at most {maximum} days from the first day',
  'certificate.signed_locked': 'This certificate is signed and can no longer be changed or deleted',
  'certificate.no_registration':
    'must be in your staff profile before you sign: a certificate prints it',
  'history.other_needs_note': 'must describe the condition when the code is "other"',
  'perio.furcation_single_rooted': 'is only for multi-rooted teeth (molars, upper first premolars)',
  'perio.site_repeated': 'names the same tooth and site twice',
  'perio.missing_and_implant': 'cannot be set on a tooth marked missing',
  'perio.tooth_missing': 'is marked missing in this exam, so its sites are not probed',
  'perio.exam_not_found': 'No such periodontal exam for this patient',
  'perio.exam_completed':
    'This periodontal exam is completed and can no longer be changed; start a new exam',
  'perio.no_previous_exam': 'This patient has no completed periodontal exam to copy',
  'perio.appointment_unknown': 'must be an appointment of this patient',
  'perio.compare_same': 'must be a different exam',
  'perio.confirm_needs_sign':
    'Only a dentist (owner, admin or doctor) may confirm the periodontitis stage and grade',
  'history.hba1c_only_diabetes': 'is only recorded on a diabetes condition',
  'care_team.not_clinician': 'must be an active doctor or assistant of this clinic',
  'care_team.already_member': 'Already on this patient’s care team',
  'chart.invalid_tooth': 'is not a tooth in FDI notation',
  'chart.surface_not_on_tooth': 'names a surface this tooth does not have',
  'chart.surface_repeated': 'names a surface twice',
  'chart.surfaces_not_allowed': 'must be empty for a whole-tooth finding',
  'chart.surfaces_required': 'must name at least one surface for caries or a restoration',
  'chart.material_not_allowed':
    'is only for restorations, crowns, bridges, veneers, posts and implants',
  'chart.mobility_grade_only': 'is only for a mobility finding',
  'chart.mobility_grade_required': 'is required for mobility (Miller 0–III)',
  'chart.recession_only': 'is only for a recession finding',
  'chart.recession_required': 'is required for recession (mm)',
  'chart.finding_not_found': 'No such finding on this patient’s chart',
  'chart.finding_superseded': 'This finding has already been changed or removed; reload the chart',
  'chart.not_planned': 'Only a planned finding can be marked completed',
  'care_team.not_member': 'Not on this patient’s care team',
  'consent.guardian_only': 'must be guardian for a patient under 18',
  'consent.notice_unknown': 'is not a notice of this clinic',
  'consent.nothing_to_withdraw': 'This patient has not given any consent to withdraw',
  'consent.english_required': 'an English version is required',
  'document.not_found': 'No such document',
  'document.no_thumbnail': 'No thumbnail',
  'document.too_large': 'must be at most {maximum}',
  'document.empty': 'is empty',
  'document.wrong_type':
    'must be a JPEG, PNG or WebP image, a PDF or a DICOM file (checked from its content)',
  'document.file_missing': 'The stored file of this document is missing',
  'document.file_corrupt': 'The stored file of this document failed its integrity check',
  'upload.not_multipart': 'must be multipart/form-data',
  'clinic.gstin': 'must be a 15-character GSTIN such as 27AAPFU0939F1ZV',
  'clinic.gstin_check_character':
    'has a wrong last character: check the GSTIN for a mistyped letter or digit',
  'clinic.gstin_state': "must start with the clinic's state code ({stateCode})",
  'clinic.gstin_pan_serial': 'is not a valid GSTIN: its PAN cannot have the number 0000',
  'clinic.pin_code': 'must be a 6-digit PIN code not starting with 0',
  'clinic.phone': 'must be a phone number of digits, spaces, +, - and brackets',
  'clinic.logo_wrong_type': 'must be a PNG or JPEG image (checked from its content)',
  'clinic.logo_too_large': 'must be at most {maximum}',
  'clinic.no_logo': 'The clinic has no logo',
  'upload.no_boundary': 'must be multipart/form-data with a boundary',
  'upload.value_too_long': 'is too long',
  'upload.file_field': 'send exactly one file, in the field named "file"',
  'upload.one_file': 'send exactly one file',
  'upload.too_many_fields': 'has too many fields',
  'upload.too_many_parts': 'has too many parts',
  'upload.malformed': 'is not a well-formed multipart/form-data body',
  'upload.interrupted': 'the upload was interrupted',

  // Scheduling set-up.
  'schedule.branch_unknown': 'must be a branch of this clinic',
  'schedule.not_bookable': 'must be an active doctor, owner or admin of this clinic',
  'schedule.not_bookable_or_clinic':
    'must be an active doctor, owner or admin of this clinic, or null for the whole clinic',
  'schedule.sessions_overlap': 'sessions of this doctor overlap',
  'schedule.weekday_repeated': 'must appear only once in the week',
  'schedule.end_before_start': 'must be after start',
  'schedule.session_overlaps': 'overlaps an earlier session on this day',
  'schedule.chair_not_found': 'No such chair',
  'schedule.chair_name_taken': 'a chair with this name already exists in the branch',
  'schedule.type_not_found': 'No such appointment type',
  'schedule.type_name_taken': 'an appointment type with this name already exists',
  'schedule.recall_rule_not_found': 'No such recall rule',
  'schedule.recall_type_unknown': 'must be an appointment type of this clinic',
  'schedule.exception_not_found': 'No such schedule exception',
  'schedule.days_or_instants': 'give from and to (whole days) or startsAt and endsAt',
  'schedule.days_and_instants':
    'give either from and to (whole days) or startsAt and endsAt, not both',
  'schedule.required_with': 'is required with {other}',
  'schedule.not_before': 'must not be before {other}',
  'schedule.after': 'must be after {other}',
  'schedule.within_year': 'must be within a year of {other}',

  // Appointments and the waiting list.
  'appointment.not_found': 'No such appointment',
  'appointment.patient_unknown': 'must be a patient of this clinic (not merged away)',
  'appointment.doctor_unknown': 'must be an active doctor of this clinic',
  'appointment.chair_unknown': 'must be an active chair of this clinic',
  'appointment.type_unknown': 'must be an active appointment type of this clinic',
  'appointment.end_before_start': 'must be after startsAt',
  'appointment.too_long': 'must be at most {hours} hours after startsAt',
  'appointment.start_in_past': 'is in the past; send isBackEntry to record a past appointment',
  'appointment.doctor_busy': 'The doctor already has an appointment from {from} to {to}',
  'appointment.chair_busy': 'The chair already has an appointment from {from} to {to}',
  'appointment.overlaps': 'overlaps an appointment from {from} to {to}',
  'appointment.doctor_just_taken': 'The doctor was just booked at that time by someone else',
  'appointment.chair_just_taken': 'The chair was just booked at that time by someone else',
  'appointment.doctor_no_longer_free': 'the doctor is no longer free at that time',
  'appointment.chair_no_longer_free': 'the chair is no longer free at that time',
  'appointment.on_leave':
    'The doctor is on leave (or the clinic is closed) at that time; book it anyway only on purpose',
  'appointment.outside_hours':
    "That time is outside the doctor's working hours; book it anyway only on purpose",
  'appointment.during_leave': 'is during leave; send allowOutsideHours to override',
  'appointment.outside_working_hours':
    'is outside working hours; send allowOutsideHours to override',
  'appointment.cannot_move': 'Only a booked or confirmed appointment can be moved',
  'appointment.cannot_move_status': 'cannot move an appointment that is {status}',
  'appointment.status_not_next': 'An appointment that is {from} cannot become {to}',
  'appointment.status_before_day':
    "This appointment cannot become {to} before the appointment's day",
  'appointment.status_before_start': 'This appointment cannot become {to} before it starts',
  'appointment.cannot_cancel': 'An appointment that is {status} cannot be cancelled',
  'appointment.own_slots_only': 'You can see your own free slots only',
  'waiting_list.not_found': 'No such waiting patient (or already resolved)',
  'waiting_list.appointment_unknown': 'must be an appointment of this clinic',

  // Development tools.
  'outbox.disabled': 'The development outbox is not enabled',
  'outbox.owners_only': 'Only owners and administrators can read the outbox',
  'outbox.not_found': 'No such email',
  'outbox.bad_id': 'must be an outbox message id',

  // Idempotent creates (server/http/idempotency.ts).
  'idempotency.key_invalid': 'must be 1 to 255 visible ASCII characters',
  'idempotency.key_reused': 'This Idempotency-Key was already used for a different request',
  'idempotency.key_reused_field': 'was already used for a different request',
  'idempotency.still_running':
    'A request with this Idempotency-Key is still being processed: retry in a moment',
} as const

export type ErrorReason = keyof typeof errorReasons

/** A parameter value: a time, a number, a limit or a code, never personal data. */
export type ParamValue = string | number

/** The {names} in a text, as a union of string literals. */
type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never

/** The parameters a reason needs: exactly the placeholders of its English text. */
export type ReasonParams<R extends ErrorReason> = {
  [Name in Placeholders<(typeof errorReasons)[R]>]: ParamValue
}

/** A reason with its parameters, as carried by an error and by each of its field issues. */
export interface Reasoned {
  reason: ErrorReason
  params: Record<string, ParamValue>
}

/** The parameters argument: required when the reason has placeholders, absent otherwise. */
export type ParamsArgument<R extends ErrorReason> = [
  Placeholders<(typeof errorReasons)[R]>,
] extends [never]
  ? [params?: Record<string, never>]
  : [params: ReasonParams<R>]

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(errorReasons, value)
}

/** The placeholder names in a text, sorted, for comparing translations. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort()
}

/** Fills {name} placeholders; one without a value stays as it is, so a gap is visible. */
export function fillText(text: string, params: Record<string, ParamValue>): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name]
    return value === undefined ? placeholder : String(value)
  })
}

/** The English text of a reason with its parameters. */
export function englishText(reason: ErrorReason, params: Record<string, ParamValue>): string {
  return fillText(errorReasons[reason], params)
}
