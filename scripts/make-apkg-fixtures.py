#!/usr/bin/python3
"""Builds the .apkg fixtures in tests/fixtures/interchange/ (see tests/fixtures/README.md).

Usage: /usr/bin/python3 scripts/make-apkg-fixtures.py GENANKI_DIR ANKI_REPO_DIR OUT_DIR

GENANKI_DIR is a checkout of github.com/kerrickstaley/genanki (it writes the notes, cards,
note types and decks of a schema 11 collection, as Anki's own exporter does). genanki needs
`chevron`, which Debian does not package: a one-line module that hands chevron.render to
pystache.render (same Mustache semantics for genanki's field check) is put on the path.
genanki writes no review history: the script then gives the cards Anki's scheduling columns
and revlog rows as Anki 2.1 writes them (SM-2 intervals, days counted from col.crt).
ANKI_REPO_DIR is a checkout of github.com/ankitects/anki: its schema upgrade SQL
(rslib/src/storage/upgrades/) turns a copy into a schema 18 collection for the anki21b
package, zstd-compressed with the `zstd` CLI.
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile

GENANKI, ANKI, OUT = sys.argv[1:4]
work = tempfile.mkdtemp()
with open(os.path.join(work, 'chevron.py'), 'w') as shim:
    shim.write('from pystache import render  # noqa: F401\n')
sys.path[:0] = [work, GENANKI]
import genanki  # noqa: E402

DAY = 86400
CRT = 1767240000  # 2026-01-01 04:00 UTC: the collection's day 0 starts at 4 am, as Anki's do
TODAY = 1773115200  # 2026-03-10 04:00 UTC: the E2E test's clock
day = lambda at: (at - CRT) // DAY
at = lambda iso_day, hour=9: CRT + (iso_day) * DAY + (hour - 4) * 3600

rome = genanki.Deck(2059400110, 'History::Rome')
greece = genanki.Deck(2059400111, 'History::Greece')
basic, reversed_, cloze = genanki.BASIC_MODEL, genanki.BASIC_AND_REVERSED_CARD_MODEL, genanki.CLOZE_MODEL
vocab = genanki.Model(
    1607392319, 'Vocabulary',
    fields=[{'name': 'Word'}, {'name': 'Meaning'}, {'name': 'Example'}],
    templates=[{'name': 'Card 1', 'qfmt': '{{Word}}', 'afmt': '{{FrontSide}}<hr id=answer>{{Meaning}}<br>{{Example}}'}],
)
notes = [
    (rome, basic, ['Who founded Rome, in the legend?', 'Romulus'], 'rome legend', 'founder'),
    (rome, basic, ['In which year did Caesar cross the <b>Rubicon</b>?', '49 BC'], 'rome', 'rubicon'),
    (rome, reversed_, ['Capital of the Eastern Roman Empire', 'Constantinople'], 'rome', 'capital'),
    (rome, cloze, ['The {{c1::Punic}} Wars were fought against {{c2::Carthage}}.', 'Three wars, 264–146 BC'], 'rome', 'punic'),
    (rome, vocab, ['legion', 'a Roman army unit', 'A legion had about 5,000 men.'], 'latin', 'legion'),
    (rome, basic, ['<img src="forum.png">', 'The Forum'], 'rome', 'forum-image'),
    (greece, basic, ['Who wrote the <i>Histories</i>?', 'Herodotus &amp; his informants'], 'greece', 'herodotus'),
    (greece, basic, ['Year of the battle of Marathon', '490 BC'], 'greece leech', 'marathon'),
]
made = {}
for deck, model, fields, tags, key in notes:
    note = genanki.Note(model=model, fields=fields, tags=tags.split(), guid=f'muster-{key}')
    deck.add_note(note)
    made[key] = note
media = os.path.join(work, 'forum.png')
with open(media, 'wb') as png:
    png.write(bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010806000000'
                            '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082'))
base = os.path.join(work, 'base.apkg')
genanki.Package([rome, greece], media_files=[media]).write_to_file(base, timestamp=CRT)
with zipfile.ZipFile(base) as zf:
    zf.extract('collection.anki2', work)
db_path = os.path.join(work, 'collection.anki2')
db = sqlite3.connect(db_path)
db.execute('UPDATE col SET crt = ?', (CRT,))


def card_id(key, ord_):
    nid = db.execute('SELECT id FROM notes WHERE guid = ?', (f'muster-{key}',)).fetchone()[0]
    return db.execute('SELECT id FROM cards WHERE nid = ? AND ord = ?', (nid, ord_)).fetchone()[0]


revlog_id = [0]


def history(cid, answers):
    """answers: (day, ease, type, ivl, last_ivl, factor, ms). revlog ids are epoch ms, as Anki's."""
    for when, ease, kind, ivl, last, factor, ms in answers:
        rid = at(when) * 1000 + revlog_id[0]
        revlog_id[0] += 1
        db.execute('INSERT INTO revlog VALUES (?,?,?,?,?,?,?,?,?)', (rid, cid, -1, ease, ivl, last, factor, ms, kind))


def schedule(cid, kind, queue, due, ivl, factor, reps, lapses):
    db.execute('UPDATE cards SET type=?, queue=?, due=?, ivl=?, factor=?, reps=?, lapses=? WHERE id=?',
               (kind, queue, due, ivl, factor, reps, lapses, cid))


# Romulus: learnt on day 40 (Feb 10), reviewed Good, Good, Hard: due today (day 68, Mar 10).
founder = card_id('founder', 0)
history(founder, [(40, 3, 0, -600, 0, 0, 8000), (40, 3, 0, 1, -600, 2500, 5000),
                  (41, 3, 1, 4, 1, 2500, 4000), (45, 3, 1, 13, 4, 2500, 6000), (58, 2, 1, 10, 13, 2350, 9000)])
schedule(founder, 2, 2, 68, 10, 2350, 5, 0)
# Rubicon: learnt day 50, Good then Easy: due in 5 days (day 73, Mar 15).
rubicon = card_id('rubicon', 0)
history(rubicon, [(50, 3, 0, -600, 0, 0, 7000), (50, 3, 0, 1, -600, 2500, 4000),
                  (51, 3, 1, 3, 1, 2500, 5000), (54, 4, 1, 19, 3, 2650, 3000)])
schedule(rubicon, 2, 2, 73, 19, 2650, 4, 0)
# Constantinople, forward card: a lapse on day 60 (Again), relearnt: due in 2 days (day 70).
capital = card_id('capital', 0)
history(capital, [(30, 3, 0, 1, -600, 2500, 6000), (31, 3, 1, 4, 1, 2500, 5000), (35, 3, 1, 11, 4, 2500, 5000),
                  (46, 1, 1, -600, 11, 2300, 12000), (46, 3, 2, 1, -600, 2300, 7000), (47, 3, 1, 3, 1, 2300, 5000),
                  (50, 3, 1, 20, 3, 2300, 4000)])
schedule(capital, 2, 2, 70, 20, 2300, 7, 1)
# Marathon: lapsed 8 times, tagged leech and suspended by Anki; last interval 1 day.
marathon = card_id('marathon', 0)
history(marathon, [(20 + 2 * n, 1 if n % 2 else 3, 1 if n else 0, 1, 1, 1300, 4000) for n in range(16)])
schedule(marathon, 2, -1, 52, 1, 1300, 16, 8)
# A manual reschedule (ease 0, type 4: "set due date") on Herodotus, which stays new.
history(card_id('herodotus', 0), [(60, 0, 4, 0, 0, 0, 0)])
db.commit()
db.close()

ANKI_UPDATE_NOTE = 'Please update to the latest Anki version, then import the .colpkg/.apkg file again.'


def placeholder():
    """The collection.anki2 newer Ankis put beside their real collection, for old versions."""
    deck = genanki.Deck(1, 'Default')
    deck.add_note(genanki.Note(model=basic, fields=[ANKI_UPDATE_NOTE, ''], guid='placeholder'))
    path = os.path.join(work, 'placeholder.apkg')
    genanki.Package(deck).write_to_file(path, timestamp=CRT)
    with zipfile.ZipFile(path) as zf:
        return zf.read('collection.anki2')


def write(name, entries):
    with zipfile.ZipFile(os.path.join(OUT, name), 'w', zipfile.ZIP_DEFLATED) as zf:
        for entry, data in entries:
            zf.writestr(entry, data)


legacy = open(db_path, 'rb').read()
media_json = json.dumps({'0': 'forum.png'})
png = open(media, 'rb').read()
write('anki2-history.apkg', [('collection.anki2', legacy), ('media', media_json), ('0', png)])
write('anki21-history.apkg', [('collection.anki2', placeholder()), ('collection.anki21', legacy),
                              ('media', media_json), ('0', png)])

# Schema 18: Anki's own upgrade SQL, then note types, fields, templates and decks moved into
# their tables (configs as protobuf: NotetypeConfig.kind = 1 marks Cloze), deck names with
# U+001F between levels.
modern_path = os.path.join(work, 'collection.anki21b.sqlite')
shutil.copy(db_path, modern_path)
db = sqlite3.connect(modern_path)
db.create_collation('unicase', lambda a, b: (a.casefold() > b.casefold()) - (a.casefold() < b.casefold()))
upgrades = os.path.join(ANKI, 'rslib/src/storage/upgrades')
for version in (14, 15, 17, 18):
    sql = open(os.path.join(upgrades, f'schema{version}_upgrade.sql')).read()
    if version == 17:
        sql = sql.replace('DROP TABLE tags;', 'DROP TABLE IF EXISTS tags;')
    db.executescript(sql)
models, decks = (json.loads(v) for v in db.execute('SELECT models, decks FROM col').fetchone())
for mid, model in models.items():
    config = b'\x08\x01' if model['type'] == 1 else b''
    db.execute('INSERT INTO notetypes VALUES (?,?,?,?,?)', (int(mid), model['name'], CRT, 0, config))
    for field in model['flds']:
        db.execute('INSERT INTO fields VALUES (?,?,?,?)', (int(mid), field['ord'], field['name'], b''))
    for tmpl in model['tmpls']:
        db.execute('INSERT INTO templates VALUES (?,?,?,?,?,?)', (int(mid), tmpl['ord'], tmpl['name'], CRT, 0, b''))
for did, deck in decks.items():
    db.execute('INSERT INTO decks VALUES (?,?,?,?,?,?)', (int(did), deck['name'].replace('::', '\x1f'), CRT, 0, b'', b''))
db.execute("UPDATE col SET models = '', decks = '', dconf = '', tags = ''")
db.commit()
db.execute('VACUUM')
db.close()
subprocess.run(['zstd', '-q', '-f', '-19', modern_path, '-o', modern_path + '.zst'], check=True)
empty_media = subprocess.run(['zstd', '-q', '-c'], input=b'', capture_output=True, check=True).stdout
write('anki21b-history.apkg', [('collection.anki2', placeholder()), ('collection.anki21b', open(modern_path + '.zst', 'rb').read()),
                               ('media', empty_media), ('meta', b'\x08\x03')])
shutil.rmtree(work)
print('wrote', sorted(f for f in os.listdir(OUT) if f.endswith('.apkg')))
