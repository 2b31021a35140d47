-- Decision 766's online payment: a fee-bearing dossier counts as paid online from its first FeePaid
-- with paidVia ONLINE (intake's payment gateway). Null: not paid online (or folded before this).
alter table dossier_fact add column paid_online_at timestamptz;
