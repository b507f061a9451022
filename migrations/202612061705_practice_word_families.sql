-- Word families and the query rewriting that uses them (decision 0031). The stemmers leave apart
-- derivations and translations a person means as one ("accessibilità" → 'accessibil' but
-- "accessibile" → 'access'; "musei" → 'muse' but "museali" → 'museal'; "alzheimer" and "demenza").
-- A query is widened in SQL with ts_rewrite and a table of rules, built from these families and the
-- theme vocabulary (202612061700). No text-search dictionary files: those are read from the
-- database server's disk, which neither PGlite nor a managed PostgreSQL lets a migration write.

-- Curated families: words (in any language) that a query word of the family should also find.
create table practice_word_families (
  name text primary key,
  words text[] not null check (cardinality(words) >= 2)
);

-- Lexemes that are never rewritten nor added: stems shared with unrelated common words ('comun' is
-- "comune" as well as "comunicazione" and "comunità"; 'personal' is "personale" and "personal data").
create table practice_search_ambiguous (lexeme text primary key);

-- The rules, derived from the two tables above by practice_search_rules_refresh(). Two passes
-- (search.query.repo.ts): the first replaces each target (a lexeme, or the lexemes of a several-word
-- label ANDed) by its mark, the second each mark by its substitute. One pass from target to
-- substitute would rewrite again inside substitutes (each holds other targets of its family).
-- One set of rules per scope: 'all' for a query read by both stemmers, 'it' and 'en' for one read by
-- one (a language filter), whose practices hold only that stemmer's lexemes: its rules read every
-- word with it alone ("museo" read as English is 'museo', and must not widen to the Italian stem
-- 'muse', an English word).
create table practice_search_rules (
  scope text not null check (scope in ('all', 'it', 'en')),
  position int not null,
  target tsquery not null,
  mark tsquery not null,
  substitute tsquery not null,
  primary key (scope, position)
);

insert into practice_word_families (name, words) values
  ('accessibility', '{accessibilità,accessibile,accessibili,accessibility,accessible}'),
  ('inclusion', '{inclusione,inclusivo,inclusiva,inclusivi,inclusive,inclusion,inclusività,inclusiveness}'),
  ('museums', '{musei,museo,museale,museali,museum,museums}'),
  ('digital', '{digitale,digitali,digital}'),
  ('digitisation', '{digitalizzazione,digitalizzare,digitalizzato,digitalizzati,digitization,digitisation,digitised,digitized}'),
  ('libraries', '{biblioteca,biblioteche,bibliotecario,bibliotecari,bibliotecaria,library,libraries,librarian,librarians}'),
  ('schools', '{scuola,scuole,scolastico,scolastica,scolastici,school,schools}'),
  ('students', '{studente,studenti,studentesse,student,students}'),
  ('teachers', '{insegnante,insegnanti,docente,docenti,teacher,teachers}'),
  ('training', '{formazione,training,trainings}'),
  ('participation', '{partecipazione,partecipativo,partecipativa,partecipato,partecipata,participation,participatory,participative}'),
  ('co-design', '{coprogettazione,coprogettare,coprogettato,co-progettazione,codesign,co-design,co-designed,cocreazione,co-creazione,co-creation}'),
  ('dementia', '{alzheimer,demenza,demenze,dementia}'),
  ('elderly', '{anziani,anziano,anziana,anziane,elderly,seniors}'),
  ('disability', '{disabilità,disabile,disabili,disability,disabilities,disabled}'),
  ('blind', '{ciechi,cieco,ipovedenti,ipovedente,blind}'),
  ('deaf', '{sordi,sordo,sorde,deaf}'),
  ('municipal', '{comunale,comunali,municipal,municipality,municipalities}'),
  ('citizens', '{cittadini,cittadino,cittadina,cittadinanza,citizen,citizens,citizenship}'),
  ('territory', '{territorio,territori,territoriale,territoriali,territory,territories,territorial}'),
  ('culture', '{cultura,culturale,culturali,culture,cultural}'),
  ('archives', '{archivio,archivi,archivistico,archivistica,archive,archives,archival}'),
  ('collections', '{collezione,collezioni,collection,collections}'),
  ('volunteers', '{volontari,volontario,volontaria,volontariato,volunteer,volunteers,volunteering}'),
  ('youth', '{giovani,giovane,youth,young}'),
  ('teenagers', '{ragazzi,ragazze,adolescenti,adolescente,teenagers,teenager,teens}'),
  ('children', '{bambini,bambine,bambino,children,child,kids}'),
  ('families', '{famiglie,famiglia,families,family}'),
  ('migrants', '{migranti,migrante,immigrati,stranieri,rifugiati,migrants,migrant,immigrants,refugees}'),
  ('reading', '{lettura,letture,lettori,lettore,reading,readers,reader}'),
  ('lending', '{prestito,prestiti,loan,loans,lending}'),
  ('catalogue', '{catalogo,cataloghi,catalogue,catalog,catalogues}'),
  ('administration', '{amministrazione,amministrazioni,administration,administrations}'),
  ('staff', '{dipendenti,dipendente,staff,employees,employee}'),
  ('skills', '{competenze,competenza,skills,skill,competences,competencies}'),
  ('evaluation', '{valutazione,valutazioni,evaluation,assessment}'),
  ('innovation', '{innovazione,innovativo,innovativa,innovation,innovative}'),
  ('visitors', '{visitatori,visitatore,visitatrici,visitors,visitor}'),
  ('transparency', '{trasparenza,trasparente,transparency,transparent}'),
  ('exhibitions', '{mostra,mostre,esposizione,esposizioni,exhibition,exhibitions}'),
  ('tourism', '{turismo,turistico,turistica,turisti,tourism,tourist,tourists}'),
  ('funding', '{finanziamento,finanziamenti,fondi,funding,funds,grants}'),
  ('communities', '{comunità,community,communities}');

insert into practice_search_ambiguous (lexeme) values
  ('comun'), ('personal'), ('anzi'), ('compet'), ('mostr'), ('dat'), ('pubblic'), ('social'), ('med'),
  ('apert'), ('ben'), ('co'), ('design'), ('progett');

-- Rebuilds practice_search_rules from the families, the vocabulary and the ambiguous lexemes. Every
-- word is read by both stemmers (a query is read in Italian and English); a word with a hyphen keeps
-- only its whole-word lexeme ('co-design', not 'co' and 'design').
--   lexeme rules: each lexeme of a family or of a theme's one-word labels and synonyms is replaced by
--     every lexeme of every group it belongs to, and by the code of each theme among them;
--   phrase rules (first): the lexemes of a several-word label or synonym, ANDed, per stemmer, are
--     replaced by themselves or the theme's code ("dati aperti" finds every practice of Dati aperti).
create function practice_search_rules_refresh() returns void language sql as $$
  delete from practice_search_rules;
  with scopes (scope, cfgs) as (
    values ('all', array['bottega_it', 'bottega_en']::regconfig[]), ('it', array['bottega_it']::regconfig[]),
      ('en', array['bottega_en']::regconfig[])
  ),
  vocabulary as (
    select v.theme, w from practice_theme_vocabulary v, unnest(array[v.label] || v.synonyms) w
  ),
  groups as (
    select 'f:' || name as g, null::text as tag, w from practice_word_families, unnest(words) w
    union all
    select 'v:' || theme, 't:' || theme, w from vocabulary where w !~ '\s'
  ),
  grouped as (
    select distinct s.scope, g.g, g.tag, l from scopes s, groups g, unnest(s.cfgs) cfg,
      unnest(tsvector_to_array(to_tsvector(cfg, g.w))) l
    where (g.w !~ '-' or l ~ '-') and not exists (select 1 from practice_search_ambiguous a where a.lexeme = l)
  ),
  lexemes as (
    select a.scope, a.l,
      array_agg(distinct b.l) || coalesce(array_agg(distinct a.tag) filter (where a.tag is not null), '{}') as words
    from grouped a join grouped b on b.scope = a.scope and b.g = a.g group by a.scope, a.l
  ),
  phrases as (
    select distinct s.scope, v.theme, plainto_tsquery(cfg, v.w) as target
    from scopes s, unnest(s.cfgs) cfg, vocabulary v
    where v.w ~ '\s' and numnode(plainto_tsquery(cfg, v.w)) > 1
  ),
  rules as (
    select scope, 0 as kind, p.target::text as key, p.target,
      p.target || quote_literal('t:' || p.theme)::tsquery as substitute
    from phrases p
    union all
    select scope, 1, l, quote_literal(l)::tsquery,
      array_to_string(array(select quote_literal(x) from unnest(words) x order by 1), ' | ')::tsquery
    from lexemes
  )
  insert into practice_search_rules (scope, position, target, mark, substitute)
  select scope, row_number() over (partition by scope order by kind, key), target,
    quote_literal('~' || row_number() over (partition by scope order by kind, key))::tsquery, substitute
  from rules;
$$;

select practice_search_rules_refresh();

-- The words of the families and the vocabulary join the lexicon of typo corrections, as known words
-- (a word the lexicon lacks is looked up for a correction).
insert into practice_words (word)
  select distinct w from (
    select regexp_split_to_table(lower(unaccent(array_to_string(words, ' '))), '[^a-z0-9]+') w from practice_word_families
    union all
    select regexp_split_to_table(lower(unaccent(label || ' ' || array_to_string(synonyms, ' '))), '[^a-z0-9]+')
      from practice_theme_vocabulary
  ) x
  where char_length(w) >= 4 order by 1
  on conflict do nothing;
