-- Treatment consent forms (issue #13 items 5-7). Not the DPDP data-processing consent of
-- consent_notices: this is a patient's informed consent to a dental procedure, signed on the
-- tablet by the patient (or a minor's guardian) and countersigned by the doctor, then kept as a
-- PDF with the patient's documents. Informed consent: Samira Kohli v. Dr. Prabha Manchanda
-- (2008) 2 SCC 1 (the nature of the procedure, its benefits, material risks and alternatives);
-- a minor's guardian consents for them (Indian Majority Act 1875 s.3; IPC 1860 s.89).

-- Templates per clinic: a body with [[placeholders]] (shared/contracts/treatment-consent.ts),
-- in English or Hindi. Clinical roles read them; owners and admins (clinical.templates) write
-- and archive them. A change raises the version; forms keep the text they were filled with.
CREATE TABLE consent_form_templates (
  clinic_id       uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  title           text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 120),
  procedure_kind  text NOT NULL CHECK (procedure_kind IN ('extraction', 'root_canal', 'implant', 'general')),
  language        text NOT NULL CHECK (language IN ('en', 'hi')),
  body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
  is_archived     boolean NOT NULL DEFAULT false,
  -- NULL: one of the templates every clinic starts with (seed_consent_form_templates below).
  created_by      uuid REFERENCES users (id) ON DELETE RESTRICT
                  DEFAULT NULLIF(current_setting('app.user_id', true), '')::uuid,
  created_at      timestamptz NOT NULL DEFAULT app_now(),
  updated_by      uuid REFERENCES users (id) ON DELETE RESTRICT,
  updated_at      timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id)
);
-- One live template per title and language, case-insensitively; an archived title may be reused.
CREATE UNIQUE INDEX consent_form_templates_title
  ON consent_form_templates (clinic_id, language, lower(btrim(title))) WHERE NOT is_archived;
COMMENT ON TABLE consent_form_templates IS E'Treatment consent form templates with [[placeholders]], per clinic, in English or Hindi; versioned, archived, never deleted. No patient data. Retention: while the clinic exists.';
CREATE TRIGGER consent_form_templates_set_updated_at BEFORE UPDATE ON consent_form_templates
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON consent_form_templates
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

ALTER TABLE consent_form_templates ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent_form_templates FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON consent_form_templates
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
CREATE POLICY clinical_read ON consent_form_templates AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('clinical.read')));
CREATE POLICY manage_insert ON consent_form_templates AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('clinical.templates')));
CREATE POLICY manage_update ON consent_form_templates AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('clinical.templates')))
  WITH CHECK ((SELECT app_can('clinical.templates')));
GRANT SELECT, INSERT ON consent_form_templates TO niramaya_app;
GRANT UPDATE (title, procedure_kind, language, body, version, is_archived, updated_by)
  ON consent_form_templates TO niramaya_app;

-- A filled form: the template's text rendered for this patient at fill time (a snapshot: a
-- later edit of the template changes nothing here), then the patient's or guardian's drawn
-- signature, then the doctor's. When both have signed, the PDF is stored with the patient's
-- documents and the row never changes again.
CREATE TABLE treatment_consent_forms (
  clinic_id                 uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                        uuid NOT NULL DEFAULT gen_random_uuid(),
  patient_id                uuid NOT NULL,
  template_id               uuid NOT NULL,
  template_version          integer NOT NULL CHECK (template_version > 0),
  title                     text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  procedure_kind            text NOT NULL CHECK (procedure_kind IN ('extraction', 'root_canal', 'implant', 'general')),
  language                  text NOT NULL CHECK (language IN ('en', 'hi')),
  body                      text NOT NULL CHECK (length(body) BETWEEN 1 AND 40000),
  plan_item_id              uuid,
  doctor_id                 uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  filled_by                 uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  created_at                timestamptz NOT NULL DEFAULT app_now(),
  patient_signed_by         text CHECK (patient_signed_by IN ('patient', 'guardian')),
  -- The guardian's name, encrypted with the clinic's key (like treatment_acceptances).
  signer_name_cipher        bytea,
  guardian_relationship     text CHECK (length(guardian_relationship) BETWEEN 1 AND 40),
  patient_signature_png     bytea CHECK (octet_length(patient_signature_png) <= 204800),
  patient_signed_at         timestamptz,
  witnessed_by              uuid REFERENCES users (id) ON DELETE RESTRICT,
  doctor_signature_png      bytea CHECK (octet_length(doctor_signature_png) <= 204800),
  doctor_signed_at          timestamptz,
  document_id               uuid,
  document_sha256           text CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, template_id) REFERENCES consent_form_templates (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, plan_item_id) REFERENCES treatment_plan_items (clinic_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (clinic_id, document_id) REFERENCES patient_documents (clinic_id, id) ON DELETE RESTRICT,
  CONSTRAINT treatment_consent_forms_patient_signature CHECK (
    (patient_signed_at IS NULL AND patient_signed_by IS NULL AND patient_signature_png IS NULL
       AND witnessed_by IS NULL AND signer_name_cipher IS NULL AND guardian_relationship IS NULL)
    OR (patient_signed_at IS NOT NULL AND patient_signature_png IS NOT NULL AND witnessed_by IS NOT NULL
        AND (patient_signed_by = 'guardian') = (signer_name_cipher IS NOT NULL)
        AND (patient_signed_by = 'guardian') = (guardian_relationship IS NOT NULL))),
  -- The doctor countersigns after the patient, and the PDF comes with the second signature.
  CONSTRAINT treatment_consent_forms_doctor_signature CHECK (
    (doctor_signed_at IS NULL AND doctor_signature_png IS NULL AND document_id IS NULL AND document_sha256 IS NULL)
    OR (doctor_signed_at IS NOT NULL AND doctor_signature_png IS NOT NULL AND document_id IS NOT NULL
        AND document_sha256 IS NOT NULL AND patient_signed_at IS NOT NULL))
);
CREATE INDEX treatment_consent_forms_patient ON treatment_consent_forms (clinic_id, patient_id, created_at DESC);
COMMENT ON TABLE treatment_consent_forms IS E'Treatment consent forms filled for a patient: the rendered text, the patient''s or guardian''s and the doctor''s drawn signatures, and the signed PDF; locked by trigger once signed. Clinical data: care-team rule (ADR 0011). Retention: clinical record, 10 years after the last visit.';
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON treatment_consent_forms
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

-- The lock. What the patient signed never changes: once the patient has signed only the
-- doctor's signature may be added; once the doctor has signed, nothing changes and nothing is
-- deleted, whoever asks (the owner's normal path too), as for signed notes (ADR 0016).
CREATE FUNCTION treatment_consent_form_locked() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF OLD.doctor_signed_at IS NOT NULL
     OR (TG_OP = 'DELETE' AND OLD.patient_signed_at IS NOT NULL)
     OR (TG_OP = 'UPDATE' AND OLD.patient_signed_at IS NOT NULL
         AND (NEW.patient_id, NEW.template_id, NEW.template_version, NEW.title, NEW.procedure_kind,
              NEW.language, NEW.body, NEW.plan_item_id, NEW.doctor_id, NEW.filled_by, NEW.created_at,
              NEW.patient_signed_by, NEW.signer_name_cipher, NEW.guardian_relationship,
              NEW.patient_signature_png, NEW.patient_signed_at, NEW.witnessed_by)
             IS DISTINCT FROM
             (OLD.patient_id, OLD.template_id, OLD.template_version, OLD.title, OLD.procedure_kind,
              OLD.language, OLD.body, OLD.plan_item_id, OLD.doctor_id, OLD.filled_by, OLD.created_at,
              OLD.patient_signed_by, OLD.signer_name_cipher, OLD.guardian_relationship,
              OLD.patient_signature_png, OLD.patient_signed_at, OLD.witnessed_by)) THEN
    RAISE EXCEPTION 'a signed treatment consent form cannot be changed or deleted'
      USING ERRCODE = '42501', CONSTRAINT = 'treatment_consent_forms_signed_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER signed_locked BEFORE UPDATE OR DELETE ON treatment_consent_forms
  FOR EACH ROW EXECUTE FUNCTION treatment_consent_form_locked();

ALTER TABLE treatment_consent_forms ENABLE ROW LEVEL SECURITY;
ALTER TABLE treatment_consent_forms FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON treatment_consent_forms
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- The care-team rule of ADR 0011: read with clinical read access, write with write access.
CREATE POLICY clinical_read ON treatment_consent_forms AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_clinical_all(false)) OR patient_id IN (SELECT app_clinical_patients(false)));
CREATE POLICY clinical_insert ON treatment_consent_forms AS RESTRICTIVE FOR INSERT
  WITH CHECK (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
              AND filled_by = NULLIF(current_setting('app.user_id', true), '')::uuid
              AND patient_signed_at IS NULL AND doctor_signed_at IS NULL);
-- The patient signs with the person acting as witness; the doctor who countersigns holds
-- clinical.sign and is the doctor the form names.
CREATE POLICY clinical_update ON treatment_consent_forms AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
  WITH CHECK (((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)))
              AND (witnessed_by IS NULL OR doctor_signed_at IS NOT NULL
                   OR witnessed_by = NULLIF(current_setting('app.user_id', true), '')::uuid)
              AND (doctor_signed_at IS NULL
                   OR (doctor_id = NULLIF(current_setting('app.user_id', true), '')::uuid
                       AND (SELECT app_can('clinical.sign')))));
CREATE POLICY clinical_delete ON treatment_consent_forms AS RESTRICTIVE FOR DELETE
  USING ((SELECT app_clinical_all(true)) OR patient_id IN (SELECT app_clinical_patients(true)));
GRANT SELECT, INSERT, DELETE ON treatment_consent_forms TO niramaya_app;
GRANT UPDATE (patient_signed_by, signer_name_cipher, guardian_relationship, patient_signature_png,
              patient_signed_at, witnessed_by, doctor_signature_png, doctor_signed_at,
              document_id, document_sha256)
  ON treatment_consent_forms TO niramaya_app;

-- The templates a clinic starts with: extraction, root canal treatment, implant and general
-- treatment, each in English and in Hindi, with the elements of informed consent (Samira Kohli:
-- nature, benefits, material risks, alternatives including no treatment) and the patient's
-- right to ask and to withdraw. The signature block (patient or guardian with relationship,
-- and the doctor) is printed under the text by the PDF. Runs as the caller (row-level
-- security applies): the server calls it at sign-up as the new owner; below, the migration
-- owner calls it for the clinics that already exist. A title the clinic already uses is skipped.
CREATE FUNCTION seed_consent_form_templates(p_clinic uuid) RETURNS void
  LANGUAGE sql SET search_path = pg_catalog, public AS $$
  INSERT INTO consent_form_templates (clinic_id, title, procedure_kind, language, body, created_by)
  SELECT p_clinic, t.title, t.kind, t.language, t.body, NULL
  FROM (VALUES
    ('Consent for tooth extraction', 'extraction', 'en',
     E'I, [[patient]], agree to the extraction (removal) of tooth [[tooth]] ([[procedure]]) by [[doctor]] and the clinic''s team. If I am under 18, my parent or guardian gives this consent on my behalf.\n\nNature of the procedure: the tooth is loosened and removed under local anaesthesia. Some teeth need a surgical extraction: a cut in the gum, removal of a little bone, dividing the tooth into pieces, and stitches.\n\nExpected benefits: relief of pain and infection, and stopping the infection from spreading.\n\nMaterial risks. It has been explained to me that these can happen:\n- Pain, swelling and bruising for a few days, and difficulty opening the mouth.\n- Bleeding, usually stopped by pressure; more likely in people taking blood thinners.\n- Dry socket: severe pain when the blood clot is lost from the socket, more common in smokers.\n- Infection needing further treatment and medicines.\n- Injury to a nerve causing numbness or tingling of the lip, chin or tongue (paraesthesia), usually temporary and rarely permanent.\n- For upper back teeth: an opening into the sinus, which may need further treatment.\n- Fracture of the root (a piece may be left or removed surgically), damage to nearby teeth or fillings, and rarely fracture of the jaw.\nRisks particular to me: [[risks]]\n\nAlternatives: [[alternatives]]. I may also choose no treatment; its risks (continued pain, spread of infection, abscess) have been explained to me.\n\nAnaesthesia: local anaesthesia by injection. Its risks (rarely allergy, fainting, numbness lasting longer than usual) have been explained to me. I have told the doctor about my illnesses, medicines (especially blood thinners), allergies and any pregnancy.\n\nI have been able to ask questions, and they have been answered to my satisfaction in a language I understand. I may withdraw this consent at any time before the procedure. No guarantee of the result has been given to me.'),
    ('दाँत निकालने की सहमति', 'extraction', 'hi',
     E'मैं, [[patient]], [[doctor]] और क्लिनिक की टीम द्वारा दाँत [[tooth]] को निकालने ([[procedure]]) की सहमति देता/देती हूँ। यदि मेरी आयु 18 वर्ष से कम है, तो मेरे माता-पिता या अभिभावक मेरी ओर से यह सहमति देते हैं।\n\nप्रक्रिया का स्वरूप: स्थानीय एनेस्थीसिया (सुन्न करने की दवा) देकर दाँत को ढीला करके निकाला जाता है। कुछ दाँतों को सर्जरी से निकालना पड़ता है: मसूड़े में चीरा, थोड़ी हड्डी हटाना, दाँत को टुकड़ों में काटना और टाँके लगाना।\n\nअपेक्षित लाभ: दर्द और संक्रमण से राहत, और संक्रमण को फैलने से रोकना।\n\nमुख्य जोखिम। मुझे समझाया गया है कि ये हो सकते हैं:\n- कुछ दिनों तक दर्द, सूजन और नील पड़ना, और मुँह खोलने में कठिनाई।\n- खून बहना, जो आमतौर पर दबाव से रुक जाता है; खून पतला करने वाली दवाएँ लेने वालों में इसकी संभावना अधिक है।\n- ड्राई सॉकेट: खून का थक्का निकल जाने पर खाली जगह में तेज़ दर्द, धूम्रपान करने वालों में अधिक।\n- संक्रमण, जिसके लिए आगे इलाज और दवाओं की ज़रूरत हो सकती है।\n- नस पर चोट से होंठ, ठुड्डी या जीभ में सुन्नपन या झनझनाहट (पैरेस्थीसिया), जो आमतौर पर अस्थायी होती है और बहुत कम मामलों में स्थायी।\n- ऊपर की पिछली दाढ़ों में: साइनस में छेद हो जाना, जिसके लिए आगे इलाज की ज़रूरत हो सकती है।\n- जड़ का टूटना (टुकड़ा छोड़ा जा सकता है या सर्जरी से निकाला जा सकता है), पास के दाँतों या फ़िलिंग को नुकसान, और बहुत कम मामलों में जबड़े की हड्डी का टूटना।\nमेरे मामले के विशेष जोखिम: [[risks]]\n\nविकल्प: [[alternatives]]। मैं कोई इलाज न कराने का भी चुनाव कर सकता/सकती हूँ; इसके जोखिम (लगातार दर्द, संक्रमण का फैलना, फोड़ा) मुझे समझा दिए गए हैं।\n\nएनेस्थीसिया: इंजेक्शन द्वारा स्थानीय एनेस्थीसिया। इसके जोखिम (बहुत कम मामलों में एलर्जी, बेहोशी, सामान्य से अधिक समय तक सुन्नपन) मुझे समझा दिए गए हैं। मैंने डॉक्टर को अपनी बीमारियों, दवाओं (विशेषकर खून पतला करने वाली दवाओं), एलर्जी और गर्भावस्था के बारे में बता दिया है।\n\nमुझे प्रश्न पूछने का अवसर मिला, और मेरी समझ में आने वाली भाषा में मेरे प्रश्नों के संतोषजनक उत्तर दिए गए। मैं प्रक्रिया से पहले किसी भी समय यह सहमति वापस ले सकता/सकती हूँ। मुझे परिणाम की कोई गारंटी नहीं दी गई है।'),
    ('Consent for root canal treatment', 'root_canal', 'en',
     E'I, [[patient]], agree to root canal treatment of tooth [[tooth]] ([[procedure]]) by [[doctor]] and the clinic''s team. If I am under 18, my parent or guardian gives this consent on my behalf.\n\nNature of the procedure: under local anaesthesia, an opening is made in the tooth and the infected or inflamed pulp is removed; the canals are cleaned, shaped and sealed, usually in one to three sittings, with X-rays. A crown is usually advised afterwards to protect the tooth.\n\nExpected benefits: relief of pain and infection while keeping my natural tooth.\n\nMaterial risks. It has been explained to me that these can happen:\n- Pain or swelling between and after sittings, sometimes needing medicines.\n- A small instrument may break inside a canal; it may be left sealed inside or need further treatment.\n- A canal may be blocked or curved and not fully treatable, or a perforation (an opening through the root) may occur.\n- The tooth may crack or fracture, especially before a crown is placed, and may then need extraction.\n- The treatment may fail and need re-treatment, surgery at the root tip (apicoectomy) or extraction.\n- The tooth may darken in colour.\nRisks particular to me: [[risks]]\n\nAlternatives: [[alternatives]]. Extraction of the tooth, with a bridge, implant or denture to replace it, is another choice. I may also choose no treatment; its risks (continued pain, abscess, spread of infection, loss of the tooth) have been explained to me.\n\nAnaesthesia: local anaesthesia by injection. Its risks (rarely allergy, fainting, numbness lasting longer than usual) have been explained to me. I have told the doctor about my illnesses, medicines, allergies and any pregnancy.\n\nI have been able to ask questions, and they have been answered to my satisfaction in a language I understand. I may withdraw this consent at any time before or during the treatment. No guarantee of the result has been given to me.'),
    ('रूट कैनाल उपचार की सहमति', 'root_canal', 'hi',
     E'मैं, [[patient]], [[doctor]] और क्लिनिक की टीम द्वारा दाँत [[tooth]] के रूट कैनाल उपचार ([[procedure]]) की सहमति देता/देती हूँ। यदि मेरी आयु 18 वर्ष से कम है, तो मेरे माता-पिता या अभिभावक मेरी ओर से यह सहमति देते हैं।\n\nप्रक्रिया का स्वरूप: स्थानीय एनेस्थीसिया देकर दाँत में रास्ता बनाया जाता है और संक्रमित या सूजी हुई नस (पल्प) निकाली जाती है; नलिकाओं (कैनाल) को साफ़ करके, आकार देकर भरा और बंद किया जाता है, आमतौर पर एक से तीन बैठकों में, एक्स-रे के साथ। बाद में दाँत की रक्षा के लिए आमतौर पर कैप (क्राउन) की सलाह दी जाती है।\n\nअपेक्षित लाभ: अपना प्राकृतिक दाँत बचाते हुए दर्द और संक्रमण से राहत।\n\nमुख्य जोखिम। मुझे समझाया गया है कि ये हो सकते हैं:\n- बैठकों के बीच और बाद में दर्द या सूजन, जिसके लिए कभी-कभी दवाओं की ज़रूरत होती है।\n- कोई छोटा उपकरण नलिका के अंदर टूट सकता है; उसे अंदर बंद छोड़ा जा सकता है या आगे इलाज की ज़रूरत हो सकती है।\n- कोई नलिका बंद या मुड़ी हुई हो सकती है और पूरी तरह साफ़ न हो पाए, या जड़ में छेद (परफ़ोरेशन) हो सकता है।\n- दाँत में दरार आ सकती है या वह टूट सकता है, विशेषकर कैप लगने से पहले, और तब उसे निकालना पड़ सकता है।\n- उपचार असफल हो सकता है, और दोबारा रूट कैनाल, जड़ के सिरे की सर्जरी (एपिकोएक्टॉमी) या दाँत निकालने की ज़रूरत पड़ सकती है।\n- दाँत का रंग गहरा हो सकता है।\nमेरे मामले के विशेष जोखिम: [[risks]]\n\nविकल्प: [[alternatives]]। दाँत निकालकर उसकी जगह ब्रिज, इम्प्लांट या डेन्चर लगवाना भी एक विकल्प है। मैं कोई इलाज न कराने का भी चुनाव कर सकता/सकती हूँ; इसके जोखिम (लगातार दर्द, फोड़ा, संक्रमण का फैलना, दाँत का खो जाना) मुझे समझा दिए गए हैं।\n\nएनेस्थीसिया: इंजेक्शन द्वारा स्थानीय एनेस्थीसिया। इसके जोखिम (बहुत कम मामलों में एलर्जी, बेहोशी, सामान्य से अधिक समय तक सुन्नपन) मुझे समझा दिए गए हैं। मैंने डॉक्टर को अपनी बीमारियों, दवाओं, एलर्जी और गर्भावस्था के बारे में बता दिया है।\n\nमुझे प्रश्न पूछने का अवसर मिला, और मेरी समझ में आने वाली भाषा में मेरे प्रश्नों के संतोषजनक उत्तर दिए गए। मैं उपचार से पहले या उसके दौरान किसी भी समय यह सहमति वापस ले सकता/सकती हूँ। मुझे परिणाम की कोई गारंटी नहीं दी गई है।'),
    ('Consent for dental implant', 'implant', 'en',
     E'I, [[patient]], agree to the placement of a dental implant at [[tooth]] ([[procedure]]) by [[doctor]] and the clinic''s team. If I am under 18, my parent or guardian gives this consent on my behalf.\n\nNature of the procedure: under local anaesthesia, the gum is opened and a titanium implant (a screw) is placed in the jaw bone. After healing for some months, a crown is fixed on it. A bone graft or a sinus lift may be needed, and more than one surgery may be required.\n\nExpected benefits: a fixed replacement for a missing tooth, without cutting down the neighbouring teeth.\n\nMaterial risks. It has been explained to me that these can happen:\n- Pain, swelling, bruising and bleeding after surgery.\n- Infection around the implant.\n- The implant may not join with the bone and may have to be removed; it may be placed again later.\n- Injury to a nerve causing numbness or tingling of the lip, chin or tongue, sometimes permanent (mainly in the lower jaw).\n- In the upper jaw: involvement of the sinus.\n- Damage to neighbouring teeth; in the long term, loosening or breakage of the screw or crown, and gum recession or bone loss around the implant, more likely in smokers, in diabetes and with poor oral hygiene.\nRisks particular to me: [[risks]]\n\nAlternatives: [[alternatives]]. A fixed bridge or a removable denture are other choices. I may also choose not to replace the tooth; its risks (drifting of neighbouring teeth, difficulty in chewing, loss of bone) have been explained to me.\n\nAnaesthesia: local anaesthesia by injection, with sedation only if agreed separately. Its risks (rarely allergy, fainting, numbness lasting longer than usual) have been explained to me. I have told the doctor about my illnesses (including diabetes), medicines (including blood thinners and bone medicines such as bisphosphonates), tobacco use, allergies and any pregnancy.\n\nI have been able to ask questions, and they have been answered to my satisfaction in a language I understand. I may withdraw this consent at any time before the procedure. No guarantee of the result has been given to me.'),
    ('डेंटल इम्प्लांट की सहमति', 'implant', 'hi',
     E'मैं, [[patient]], [[doctor]] और क्लिनिक की टीम द्वारा [[tooth]] पर डेंटल इम्प्लांट लगाने ([[procedure]]) की सहमति देता/देती हूँ। यदि मेरी आयु 18 वर्ष से कम है, तो मेरे माता-पिता या अभिभावक मेरी ओर से यह सहमति देते हैं।\n\nप्रक्रिया का स्वरूप: स्थानीय एनेस्थीसिया देकर मसूड़ा खोला जाता है और जबड़े की हड्डी में टाइटेनियम का इम्प्लांट (एक पेंच) लगाया जाता है। कुछ महीनों में भरने के बाद उस पर कैप (क्राउन) लगाई जाती है। हड्डी का ग्राफ़्ट या साइनस लिफ़्ट की ज़रूरत हो सकती है, और एक से अधिक सर्जरी करनी पड़ सकती है।\n\nअपेक्षित लाभ: पास के दाँतों को घिसे बिना गायब दाँत की जगह एक स्थिर (फ़िक्स) दाँत।\n\nमुख्य जोखिम। मुझे समझाया गया है कि ये हो सकते हैं:\n- सर्जरी के बाद दर्द, सूजन, नील पड़ना और खून बहना।\n- इम्प्लांट के आसपास संक्रमण।\n- इम्प्लांट हड्डी से न जुड़े और उसे निकालना पड़े; बाद में उसे दोबारा लगाया जा सकता है।\n- नस पर चोट से होंठ, ठुड्डी या जीभ में सुन्नपन या झनझनाहट, जो कभी-कभी स्थायी हो सकती है (मुख्यतः निचले जबड़े में)।\n- ऊपरी जबड़े में: साइनस पर असर।\n- पास के दाँतों को नुकसान; लंबे समय में पेंच या कैप का ढीला होना या टूटना, और इम्प्लांट के आसपास मसूड़े या हड्डी का घटना, जिसकी संभावना धूम्रपान, मधुमेह और मुँह की ठीक से सफ़ाई न करने पर अधिक है।\nमेरे मामले के विशेष जोखिम: [[risks]]\n\nविकल्प: [[alternatives]]। फ़िक्स ब्रिज या निकालने वाला डेन्चर अन्य विकल्प हैं। मैं दाँत न लगवाने का भी चुनाव कर सकता/सकती हूँ; इसके जोखिम (पास के दाँतों का खिसकना, चबाने में कठिनाई, हड्डी का घटना) मुझे समझा दिए गए हैं।\n\nएनेस्थीसिया: इंजेक्शन द्वारा स्थानीय एनेस्थीसिया; बेहोशी की दवा (सेडेशन) केवल अलग से सहमति होने पर। इसके जोखिम (बहुत कम मामलों में एलर्जी, बेहोशी, सामान्य से अधिक समय तक सुन्नपन) मुझे समझा दिए गए हैं। मैंने डॉक्टर को अपनी बीमारियों (मधुमेह सहित), दवाओं (खून पतला करने वाली और हड्डी की दवाओं जैसे बिसफ़ॉस्फ़ोनेट सहित), तंबाकू के सेवन, एलर्जी और गर्भावस्था के बारे में बता दिया है।\n\nमुझे प्रश्न पूछने का अवसर मिला, और मेरी समझ में आने वाली भाषा में मेरे प्रश्नों के संतोषजनक उत्तर दिए गए। मैं प्रक्रिया से पहले किसी भी समय यह सहमति वापस ले सकता/सकती हूँ। मुझे परिणाम की कोई गारंटी नहीं दी गई है।'),
    ('Consent for dental treatment', 'general', 'en',
     E'I, [[patient]], agree to the following dental treatment by [[doctor]] and the clinic''s team: [[procedure]] (tooth or area: [[tooth]]). If I am under 18, my parent or guardian gives this consent on my behalf.\n\nNature of the procedure and expected benefits: the treatment, how it is done, how many visits it needs and what it is expected to achieve have been explained to me.\n\nMaterial risks. It has been explained to me that these can happen:\n- Pain, sensitivity, swelling or bruising after treatment, usually for a short time.\n- Infection needing further treatment and medicines.\n- A reaction to a material or medicine used.\n- Damage to nearby teeth, fillings, gums or soft tissues.\n- The need for further or different treatment than planned, if what is found during treatment requires it; the doctor will explain it to me first.\n- The result may not be as expected.\nRisks particular to me: [[risks]]\n\nAlternatives: [[alternatives]]. I may also choose no treatment; its risks have been explained to me.\n\nAnaesthesia: local anaesthesia by injection if needed. Its risks (rarely allergy, fainting, numbness lasting longer than usual) have been explained to me. I have told the doctor about my illnesses, medicines, allergies and any pregnancy.\n\nI have been able to ask questions, and they have been answered to my satisfaction in a language I understand. I may withdraw this consent at any time before or during the treatment. No guarantee of the result has been given to me.'),
    ('दंत उपचार की सहमति', 'general', 'hi',
     E'मैं, [[patient]], [[doctor]] और क्लिनिक की टीम द्वारा इस दंत उपचार की सहमति देता/देती हूँ: [[procedure]] (दाँत या स्थान: [[tooth]])। यदि मेरी आयु 18 वर्ष से कम है, तो मेरे माता-पिता या अभिभावक मेरी ओर से यह सहमति देते हैं।\n\nप्रक्रिया का स्वरूप और अपेक्षित लाभ: उपचार क्या है, कैसे किया जाता है, इसमें कितनी बार आना होगा और इससे क्या लाभ अपेक्षित है, यह मुझे समझा दिया गया है।\n\nमुख्य जोखिम। मुझे समझाया गया है कि ये हो सकते हैं:\n- उपचार के बाद दर्द, झनझनाहट (सेंसिटिविटी), सूजन या नील पड़ना, आमतौर पर थोड़े समय के लिए।\n- संक्रमण, जिसके लिए आगे इलाज और दवाओं की ज़रूरत हो सकती है।\n- इस्तेमाल की गई किसी सामग्री या दवा से प्रतिक्रिया (रिएक्शन)।\n- पास के दाँतों, फ़िलिंग, मसूड़ों या मुँह के कोमल ऊतकों को नुकसान।\n- उपचार के दौरान जो मिले उसके अनुसार योजना से अलग या अतिरिक्त उपचार की ज़रूरत; डॉक्टर मुझे पहले इसके बारे में समझाएँगे।\n- परिणाम अपेक्षा के अनुसार न हो।\nमेरे मामले के विशेष जोखिम: [[risks]]\n\nविकल्प: [[alternatives]]। मैं कोई इलाज न कराने का भी चुनाव कर सकता/सकती हूँ; इसके जोखिम मुझे समझा दिए गए हैं।\n\nएनेस्थीसिया: ज़रूरत होने पर इंजेक्शन द्वारा स्थानीय एनेस्थीसिया। इसके जोखिम (बहुत कम मामलों में एलर्जी, बेहोशी, सामान्य से अधिक समय तक सुन्नपन) मुझे समझा दिए गए हैं। मैंने डॉक्टर को अपनी बीमारियों, दवाओं, एलर्जी और गर्भावस्था के बारे में बता दिया है।\n\nमुझे प्रश्न पूछने का अवसर मिला, और मेरी समझ में आने वाली भाषा में मेरे प्रश्नों के संतोषजनक उत्तर दिए गए। मैं उपचार से पहले या उसके दौरान किसी भी समय यह सहमति वापस ले सकता/सकती हूँ। मुझे परिणाम की कोई गारंटी नहीं दी गई है।')
  ) AS t (title, kind, language, body)
  WHERE NOT EXISTS (SELECT 1 FROM consent_form_templates c
                    WHERE c.clinic_id = p_clinic AND NOT c.is_archived AND c.language = t.language
                      AND lower(btrim(c.title)) = lower(t.title))
$$;
REVOKE ALL ON FUNCTION seed_consent_form_templates(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION seed_consent_form_templates(uuid) TO niramaya_app;

-- The clinics that already exist get them too. The audit trigger records each row under the
-- clinic in app.clinic_id (audit_insert refuses without one), so it is set per clinic, for
-- this statement only, with no user: the change is the system's.
DO $$
DECLARE
  v_clinic uuid;
BEGIN
  FOR v_clinic IN SELECT id FROM clinics ORDER BY id LOOP
    PERFORM set_config('app.clinic_id', v_clinic::text, true);
    PERFORM seed_consent_form_templates(v_clinic);
  END LOOP;
  PERFORM set_config('app.clinic_id', '', true);
END
$$;
