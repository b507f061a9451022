-- The controlled vocabulary of themes (decision 0031): per theme and language a label and synonyms,
-- one row per language, loaded from src/modules/practices/vocabulary/themes.v1.json (the JSON below is
-- that file, verbatim: vocabulary.test.ts checks it). The interface takes its theme labels from the
-- same file; the search rewrites a query word that is a label or synonym into the theme (migration
-- 202612061705). A later version (themes.v2.json) comes with its own migration that replaces these
-- rows and calls practice_search_rules_refresh(): no practice is reindexed, because a practice
-- indexes its theme codes, not their words.
create table practice_theme_vocabulary (
  theme text not null,
  language text not null check (language ~ '^[a-z]{2}$'),
  label text not null check (label <> ''),
  synonyms text[] not null default '{}',
  -- The version of the vocabulary file the row came from.
  version smallint not null,
  primary key (theme, language)
);

insert into practice_theme_vocabulary (theme, language, label, synonyms, version)
select t.theme, t.language, t.label, t.synonyms, (f.v ->> 'version')::smallint
from (select $vocabulary$
{
  "version": 1,
  "terms": [
    { "theme": "inclusion", "language": "it", "label": "Inclusione", "synonyms": ["inclusivo", "inclusiva", "inclusivi", "inclusive", "inclusività"] },
    { "theme": "inclusion", "language": "en", "label": "Inclusion", "synonyms": ["inclusive", "inclusiveness", "inclusivity"] },
    { "theme": "accessibility", "language": "it", "label": "Accessibilità", "synonyms": ["accessibile", "accessibili"] },
    { "theme": "accessibility", "language": "en", "label": "Accessibility", "synonyms": ["accessible"] },
    { "theme": "audience-engagement", "language": "it", "label": "Coinvolgimento multicanale dei pubblici", "synonyms": ["coinvolgimento dei pubblici", "audience engagement"] },
    { "theme": "audience-engagement", "language": "en", "label": "Multichannel audience engagement", "synonyms": ["audience engagement", "audience development"] },
    { "theme": "social-media", "language": "it", "label": "Social media", "synonyms": ["social network"] },
    { "theme": "social-media", "language": "en", "label": "Social media", "synonyms": ["social network", "social networks"] },
    { "theme": "open-data", "language": "it", "label": "Dati aperti", "synonyms": ["open data", "opendata"] },
    { "theme": "open-data", "language": "en", "label": "Open data", "synonyms": ["opendata"] },
    { "theme": "smart-city", "language": "it", "label": "Smart city", "synonyms": ["città intelligente", "città intelligenti"] },
    { "theme": "smart-city", "language": "en", "label": "Smart city", "synonyms": ["smart cities"] },
    { "theme": "heritage", "language": "it", "label": "Valorizzazione del patrimonio", "synonyms": ["patrimonio", "patrimonio culturale", "beni culturali"] },
    { "theme": "heritage", "language": "en", "label": "Heritage valorisation", "synonyms": ["heritage", "cultural heritage"] },
    { "theme": "libraries", "language": "it", "label": "Biblioteche", "synonyms": ["biblioteca", "bibliotecario", "bibliotecari", "bibliotecaria"] },
    { "theme": "libraries", "language": "en", "label": "Libraries", "synonyms": ["library", "librarian", "librarians"] },
    { "theme": "museums", "language": "it", "label": "Musei", "synonyms": ["museo", "museale", "museali"] },
    { "theme": "museums", "language": "en", "label": "Museums", "synonyms": ["museum"] },
    { "theme": "funding", "language": "it", "label": "Finanziamenti", "synonyms": ["finanziamento", "finanziare", "cofinanziamento"] },
    { "theme": "funding", "language": "en", "label": "Funding", "synonyms": ["funds", "grants", "grant"] },
    { "theme": "digital-skills", "language": "it", "label": "Competenze digitali", "synonyms": ["alfabetizzazione digitale", "formazione digitale"] },
    { "theme": "digital-skills", "language": "en", "label": "Digital skills", "synonyms": ["digital literacy"] },
    { "theme": "participation", "language": "it", "label": "Partecipazione", "synonyms": ["partecipativo", "partecipativa", "partecipativi", "partecipato", "partecipata"] },
    { "theme": "participation", "language": "en", "label": "Participation", "synonyms": ["participatory", "participative"] },
    { "theme": "tourism", "language": "it", "label": "Turismo", "synonyms": ["turistico", "turistica", "turistici", "turisti"] },
    { "theme": "tourism", "language": "en", "label": "Tourism", "synonyms": ["tourist", "tourists", "touristic"] },
    { "theme": "communication", "language": "it", "label": "Comunicazione", "synonyms": ["comunicazioni", "comunicare"] },
    { "theme": "communication", "language": "en", "label": "Communication", "synonyms": ["communications"] }
  ]
}
$vocabulary$::jsonb as v) f,
  jsonb_to_recordset(f.v -> 'terms') as t(theme text, language text, label text, synonyms text[]);

-- A practice indexes its themes with its text, at the lowest weight: the code 't:<theme>' (already a
-- filter lexeme of the match indexes, migration 202611240030) joins `doc` without positions, so
-- ts_rank counts it as one D word. A query naming a theme in any language is rewritten to include
-- that code (202612061705): every practice of the theme matches, and one that also says the word in
-- its text ranks above one that only carries the theme. The labels' own words are not indexed:
-- stemmed, they would collide with common words (Italian "Comunicazione" stems to 'comun', as
-- "comune" does; "pubblici" to 'pubblic', as "pubblica amministrazione").
create function practice_search_theme_tags(themes text[]) returns tsvector
  language sql immutable parallel safe
  as $$ select array_to_tsvector(array(select 't:' || x from unnest(themes) x)) $$;

-- The trigger of migration 202611230000, with the themes in `doc`.
create or replace function practice_search_sync() returns trigger language plpgsql as $$
declare
  cfg regconfig;
begin
  if new.status <> 'published' then
    delete from practice_search where practice_id = new.id;
    return new;
  end if;
  cfg := practice_search_config(new.language);
  insert into practice_search as s (practice_id, visibility, network_id, language, country, start_year,
    end_year, themes, org_types, published_at, head, doc)
  values (new.id, new.visibility, new.network_id, new.language, new.country, new.start_year, new.end_year,
    new.themes, new.org_types, coalesce(new.published_at, new.updated_at),
    setweight(to_tsvector(cfg, new.title), 'A') || setweight(to_tsvector(cfg, new.summary), 'B'),
    setweight(to_tsvector(cfg, new.title), 'A') || setweight(to_tsvector(cfg, new.summary), 'B')
      || setweight(to_tsvector(cfg, concat_ws(' ', new.problem, new.solution, new.results)), 'C')
      || setweight(to_tsvector(cfg, concat_ws(' ', new.place, new.resources, new.transferability, new.lessons)), 'D')
      || practice_search_theme_tags(new.themes))
  on conflict (practice_id) do update set visibility = excluded.visibility, network_id = excluded.network_id,
    language = excluded.language, country = excluded.country, start_year = excluded.start_year,
    end_year = excluded.end_year, themes = excluded.themes, org_types = excluded.org_types,
    published_at = excluded.published_at, head = excluded.head, doc = excluded.doc;
  -- Only public practices feed the lexicon: a correction must never come from a word people may not see.
  if new.visibility = 'public' and (tg_op = 'INSERT' or old.status <> 'published'
      or new.title is distinct from old.title or new.summary is distinct from old.summary) then
    insert into practice_words (word)
      select distinct w from regexp_split_to_table(lower(unaccent(new.title || ' ' || new.summary)), '[^a-z0-9]+') w
      where char_length(w) >= 4 order by 1
      on conflict do nothing;
  end if;
  return new;
end $$;

-- The practices already indexed: their themes join their text (the same value the trigger now
-- builds, as the codes come last and carry no positions).
update practice_search set doc = doc || practice_search_theme_tags(themes);
