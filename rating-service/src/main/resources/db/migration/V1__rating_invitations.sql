-- A dossier can be rated once its result is issued (or it ends without one: issue #6).
create table rating_invitation (
    dossier_id   uuid primary key,
    dossier_code text not null unique,
    result_id    uuid,
    invited_at   timestamptz not null
);
