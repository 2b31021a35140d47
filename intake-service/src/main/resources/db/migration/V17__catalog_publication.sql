-- The hash of the reference data intake last published (CatalogPublished on the compacted catalog
-- topic), per province: a change is published once, whichever replica notices it.
create table catalog_publication (
    province     text primary key,
    sha256       text        not null,
    published_at timestamptz not null
);
