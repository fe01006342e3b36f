-- The procedure catalogue, per clinic (issue #11, item 1; PRODUCT.md §8 "Price catalogue with
-- SAC code, GST rate and taxability per item"). Owners and admins edit it (catalogue.manage);
-- doctors, receptionists and accountants read it (catalogue.read); assistants do not
-- (PRODUCT.md roles matrix: "Price list, tax settings": none). Rates are data, never code:
-- GST changes by notification (india-domain §3.2). Treatment plans copy what they need from
-- an item when it is planned, so a price change never alters a plan already made.
-- Money is integer paise; a GST rate is in basis points (500 = 5%), so no floating point.

INSERT INTO role_capabilities (role, capability) VALUES
  ('owner', 'catalogue.manage'), ('admin', 'catalogue.manage'),
  ('owner', 'catalogue.read'), ('admin', 'catalogue.read'), ('doctor', 'catalogue.read'),
  ('receptionist', 'catalogue.read'), ('accountant', 'catalogue.read');

CREATE TABLE procedures (
  clinic_id         uuid NOT NULL REFERENCES clinics (id) ON DELETE RESTRICT,
  id                uuid NOT NULL DEFAULT gen_random_uuid(),
  code              text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,15}$'),
  name              text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  category          text NOT NULL CHECK (category IN ('diagnostic','preventive','restorative','endodontic',
                      'prosthodontic','implant','oral_surgery','periodontic','orthodontic','cosmetic',
                      'paediatric','other')),
  -- How the price applies: per tooth; per surface (price × surfaces); per quadrant; per arch;
  -- per visit; or a fixed price for the whole procedure.
  pricing_model     text NOT NULL CHECK (pricing_model IN ('per_tooth','per_surface','per_quadrant',
                      'per_arch','per_visit','fixed')),
  price_paise       integer NOT NULL CHECK (price_paise BETWEEN 0 AND 1000000000),
  -- SAC 999312 (medical and dental services) or 999722 (cosmetic treatment), india-domain §3.1–3.2.
  sac_code          text NOT NULL CHECK (sac_code ~ '^[0-9]{4,8}$'),
  taxable           boolean NOT NULL DEFAULT false,
  gst_rate_bp       integer NOT NULL DEFAULT 0 CHECK (gst_rate_bp BETWEEN 0 AND 4000),
  -- Which teeth it applies to (per tooth and per surface only): dentition and region.
  dentition         text NOT NULL DEFAULT 'any' CHECK (dentition IN ('any','permanent','primary')),
  region            text NOT NULL DEFAULT 'any' CHECK (region IN ('any','anterior','posterior')),
  surfaces_required boolean NOT NULL DEFAULT false,
  default_sittings  smallint NOT NULL DEFAULT 1 CHECK (default_sittings BETWEEN 1 AND 30),
  -- What a planned item of it shows on the dental chart (ADR 0015 kinds), if anything.
  chart_kind        text CHECK (chart_kind IN ('restoration','missing','root_canal_treated','crown',
                      'bridge_abutment','bridge_pontic','implant','veneer','post_and_core','sealant')),
  chart_material    text CHECK (chart_material IN ('amalgam','composite','gic','inlay_onlay','pfm','metal',
                      'zirconia','all_ceramic','fibre','temporary')),
  is_archived       boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT app_now(),
  updated_by        uuid REFERENCES users (id) ON DELETE RESTRICT,
  updated_at        timestamptz NOT NULL DEFAULT app_now(),
  PRIMARY KEY (clinic_id, id),
  -- An exempt item carries no GST; a taxable one has a rate.
  CONSTRAINT procedures_tax CHECK (taxable = (gst_rate_bp > 0)),
  CONSTRAINT procedures_teeth CHECK (pricing_model IN ('per_tooth','per_surface')
                                     OR (dentition = 'any' AND region = 'any' AND chart_kind IS NULL)),
  -- Per surface always needs surfaces; per tooth may (an inlay); no other model has any.
  CONSTRAINT procedures_surfaces CHECK (CASE pricing_model WHEN 'per_surface' THEN surfaces_required
                                                           WHEN 'per_tooth' THEN true
                                                           ELSE NOT surfaces_required END),
  CONSTRAINT procedures_material CHECK (chart_material IS NULL OR chart_kind IN
    ('restoration','crown','bridge_abutment','bridge_pontic','veneer','post_and_core','implant')),
  CONSTRAINT procedures_restoration_surfaces CHECK (chart_kind IS DISTINCT FROM 'restoration' OR surfaces_required)
);
-- One live item per code; an archived code may be reused.
CREATE UNIQUE INDEX procedures_code ON procedures (clinic_id, code) WHERE NOT is_archived;
COMMENT ON TABLE procedures IS E'Procedure catalogue per clinic: code, name, pricing model, default price (paise), SAC, GST rate (basis points) and taxability, tooth applicability, sittings. Archived, never deleted. No patient data. Retention: while the clinic exists.';
CREATE TRIGGER procedures_set_updated_at BEFORE UPDATE ON procedures
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER audit_changes AFTER INSERT OR UPDATE OR DELETE ON procedures
  FOR EACH ROW EXECUTE FUNCTION audit_capture();

ALTER TABLE procedures ENABLE ROW LEVEL SECURITY;
ALTER TABLE procedures FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_isolation ON procedures
  USING (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid)
  WITH CHECK (clinic_id = NULLIF(current_setting('app.clinic_id', true), '')::uuid);
-- Clinical writers read it too: a doctor plans from it (catalogue.read), and treatment plans
-- reference items by id.
CREATE POLICY catalogue_read ON procedures AS RESTRICTIVE FOR SELECT
  USING ((SELECT app_can('catalogue.read')) OR (SELECT app_can('clinical.write')));
CREATE POLICY catalogue_insert ON procedures AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT app_can('catalogue.manage')));
CREATE POLICY catalogue_update ON procedures AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('catalogue.manage')))
  WITH CHECK ((SELECT app_can('catalogue.manage')));
GRANT SELECT, INSERT ON procedures TO niramaya_app;
GRANT UPDATE (code, name, category, pricing_model, price_paise, sac_code, taxable, gst_rate_bp,
              dentition, region, surfaces_required, default_sittings, chart_kind, chart_material,
              is_archived, updated_by)
  ON procedures TO niramaya_app;

-- The catalogue every clinic starts with: india-domain §9.5, prices at about the middle of the
-- public ranges for a metro clinic (defaults only; the clinic edits them). Tax per §3.1–3.2:
-- healthcare is exempt (Notification 12/2017-CT(Rate) Sl. 74, SAC 999312); whitening and
-- veneers are cosmetic (SAC 999722, Maharashtra AAR 2022), which GST 2.0 (Notification
-- 15/2025-CT(Rate), from 22 Sep 2025) puts in group 99972 at 5% without ITC. The clinic's CA
-- confirms the rate; it is data. Runs as the caller (row-level security applies), like
-- seed_note_templates: at sign-up as the new owner; below, for the clinics that exist.
CREATE FUNCTION seed_procedures(p_clinic uuid) RETURNS void
  LANGUAGE sql SET search_path = pg_catalog, public AS $$
  INSERT INTO procedures (clinic_id, code, name, category, pricing_model, price_paise, sac_code,
                          taxable, gst_rate_bp, dentition, region, surfaces_required,
                          default_sittings, chart_kind, chart_material)
  SELECT p_clinic, s.code, s.name, s.category, s.pricing_model, s.rupees * 100, s.sac,
         s.rate > 0, s.rate, s.dentition, s.region, s.surfaces, s.sittings, s.chart_kind, s.material
  FROM (VALUES
    ('CONS',    'Consultation and oral examination',        'diagnostic',   'per_visit',   500,   '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('CONS-FU', 'Follow-up consultation',                   'diagnostic',   'per_visit',   300,   '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('IOPA',    'IOPA X-ray (intra-oral periapical)',       'diagnostic',   'per_tooth',   300,   '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('OPG',     'OPG (panoramic X-ray)',                    'diagnostic',   'fixed',       700,   '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('CBCT',    'CBCT scan (one region)',                   'diagnostic',   'fixed',       3500,  '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('SCALE',   'Scaling and polishing (full mouth)',       'preventive',   'fixed',       1500,  '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('FLUOR',   'Fluoride application (full mouth)',        'preventive',   'fixed',       800,   '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('SEAL',    'Pit and fissure sealant',                  'preventive',   'per_tooth',   800,   '999312', 0,   'any',       'posterior', false, 1, 'sealant', NULL),
    ('GIC',     'Filling, glass ionomer (per surface)',     'restorative',  'per_surface', 600,   '999312', 0,   'any',       'any',       true,  1, 'restoration', 'gic'),
    ('COMP',    'Filling, composite (per surface)',         'restorative',  'per_surface', 1200,  '999312', 0,   'permanent', 'any',       true,  1, 'restoration', 'composite'),
    ('AMAL',    'Filling, amalgam (per surface)',           'restorative',  'per_surface', 500,   '999312', 0,   'permanent', 'posterior', true,  1, 'restoration', 'amalgam'),
    ('INLAY',   'Inlay or onlay, ceramic',                  'restorative',  'per_tooth',   9000,  '999312', 0,   'permanent', 'posterior', true,  2, 'restoration', 'inlay_onlay'),
    ('RCT-A',   'Root canal treatment, anterior',           'endodontic',   'per_tooth',   4000,  '999312', 0,   'permanent', 'anterior',  false, 2, 'root_canal_treated', NULL),
    ('RCT-P',   'Root canal treatment, premolar',           'endodontic',   'per_tooth',   5000,  '999312', 0,   'permanent', 'posterior', false, 2, 'root_canal_treated', NULL),
    ('RCT-M',   'Root canal treatment, molar',              'endodontic',   'per_tooth',   6500,  '999312', 0,   'permanent', 'posterior', false, 3, 'root_canal_treated', NULL),
    ('RE-RCT',  'Root canal retreatment',                   'endodontic',   'per_tooth',   8000,  '999312', 0,   'permanent', 'any',       false, 3, 'root_canal_treated', NULL),
    ('PULPT',   'Pulpotomy (primary tooth)',                'paediatric',   'per_tooth',   2000,  '999312', 0,   'primary',   'any',       false, 1, NULL, NULL),
    ('PULPC',   'Pulpectomy (primary tooth)',               'paediatric',   'per_tooth',   3000,  '999312', 0,   'primary',   'any',       false, 2, 'root_canal_treated', NULL),
    ('SSC',     'Stainless-steel crown (primary molar)',    'paediatric',   'per_tooth',   2500,  '999312', 0,   'primary',   'posterior', false, 1, 'crown', 'metal'),
    ('PNC',     'Post and core',                            'prosthodontic','per_tooth',   2500,  '999312', 0,   'permanent', 'any',       false, 1, 'post_and_core', 'fibre'),
    ('CRN-M',   'Crown, metal',                             'prosthodontic','per_tooth',   3500,  '999312', 0,   'permanent', 'any',       false, 2, 'crown', 'metal'),
    ('CRN-PFM', 'Crown, porcelain fused to metal',          'prosthodontic','per_tooth',   5500,  '999312', 0,   'permanent', 'any',       false, 2, 'crown', 'pfm'),
    ('CRN-ZR',  'Crown, zirconia',                          'prosthodontic','per_tooth',   12000, '999312', 0,   'permanent', 'any',       false, 2, 'crown', 'zirconia'),
    ('CRN-EM',  'Crown, all-ceramic (E-max)',               'prosthodontic','per_tooth',   14000, '999312', 0,   'permanent', 'any',       false, 2, 'crown', 'all_ceramic'),
    ('BRG-A',   'Bridge abutment (per unit)',               'prosthodontic','per_tooth',   6000,  '999312', 0,   'permanent', 'any',       false, 2, 'bridge_abutment', 'pfm'),
    ('BRG-P',   'Bridge pontic (per unit)',                 'prosthodontic','per_tooth',   6000,  '999312', 0,   'permanent', 'any',       false, 2, 'bridge_pontic', 'pfm'),
    ('CD',      'Complete denture (per arch)',              'prosthodontic','per_arch',    15000, '999312', 0,   'any',       'any',       false, 4, NULL, NULL),
    ('RPD',     'Removable partial denture (per arch)',     'prosthodontic','per_arch',    8000,  '999312', 0,   'any',       'any',       false, 3, NULL, NULL),
    ('IMPL',    'Implant with abutment and crown',          'implant',      'per_tooth',   35000, '999312', 0,   'permanent', 'any',       false, 3, 'implant', NULL),
    ('EXT',     'Extraction, simple',                       'oral_surgery', 'per_tooth',   1000,  '999312', 0,   'any',       'any',       false, 1, 'missing', NULL),
    ('EXT-S',   'Extraction, surgical',                     'oral_surgery', 'per_tooth',   4000,  '999312', 0,   'permanent', 'any',       false, 1, 'missing', NULL),
    ('EXT-3M',  'Impacted third molar removal',             'oral_surgery', 'per_tooth',   8000,  '999312', 0,   'permanent', 'posterior', false, 1, 'missing', NULL),
    ('SRP',     'Deep scaling and root planing (per quadrant)','periodontic','per_quadrant', 2500, '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('FLAP',    'Flap surgery (per quadrant)',              'periodontic',  'per_quadrant', 9000, '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('CURET',   'Curettage (per quadrant)',                 'periodontic',  'per_quadrant', 2000, '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('ORTHO-M', 'Fixed braces, metal (full treatment)',     'orthodontic',  'fixed',       40000, '999312', 0,   'any',       'any',       false, 24, NULL, NULL),
    ('ORTHO-C', 'Fixed braces, ceramic (full treatment)',   'orthodontic',  'fixed',       60000, '999312', 0,   'any',       'any',       false, 24, NULL, NULL),
    ('ALIGN',   'Clear aligners (full treatment)',          'orthodontic',  'fixed',       150000,'999312', 0,   'any',       'any',       false, 12, NULL, NULL),
    ('RETAIN',  'Retainer (per arch)',                      'orthodontic',  'per_arch',    3000,  '999312', 0,   'any',       'any',       false, 1, NULL, NULL),
    ('WHITEN',  'Teeth whitening, in-office',               'cosmetic',     'fixed',       18000, '999722', 500, 'any',       'any',       false, 1, NULL, NULL),
    ('VENEER',  'Veneer, ceramic',                          'cosmetic',     'per_tooth',   15000, '999722', 500, 'permanent', 'anterior',  false, 2, 'veneer', 'all_ceramic'),
    ('NGUARD',  'Night guard',                              'other',        'fixed',       3500,  '999312', 0,   'any',       'any',       false, 2, NULL, NULL)
  ) AS s (code, name, category, pricing_model, rupees, sac, rate, dentition, region, surfaces,
          sittings, chart_kind, material)
  WHERE NOT EXISTS (SELECT 1 FROM procedures p
                    WHERE p.clinic_id = p_clinic AND p.code = s.code AND NOT p.is_archived)
$$;
REVOKE ALL ON FUNCTION seed_procedures(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION seed_procedures(uuid) TO niramaya_app;

-- The clinics that already exist get it too, as seed_note_templates did: app.clinic_id set per
-- clinic for the audit trigger, for this transaction only, with no user.
DO $$
DECLARE
  v_clinic uuid;
BEGIN
  FOR v_clinic IN SELECT id FROM clinics ORDER BY id LOOP
    PERFORM set_config('app.clinic_id', v_clinic::text, true);
    PERFORM seed_procedures(v_clinic);
  END LOOP;
  PERFORM set_config('app.clinic_id', '', true);
END
$$;
