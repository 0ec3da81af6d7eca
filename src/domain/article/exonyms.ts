import { nameKey } from './names';

/**
 * Other names of places a learner may know better than the article's spelling: ancient
 * (Greek, Latin) names, English exonyms and the modern local names. A typed answer in any of
 * them is accepted ("Callinicum" for Raqqa, even where the article only says "Kallinikos").
 * Compiled from the "Names" or "Etymology" sections of each city's English Wikipedia article
 * and Wikipedia's "List of Latin place names in Europe" (CC BY-SA); extend it as decks need.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['Raqqa', 'al-Raqqah', 'Callinicum', 'Kallinikos', 'Nicephorium'],
  ['Homs', 'Emesa', 'Hims'],
  ['Aleppo', 'Beroea', 'Halab'],
  ['Hama', 'Epiphania', 'Hamath'],
  ['Baalbek', 'Heliopolis'],
  ['Circesium', 'Qarqisiya', 'Circessium'],
  ['Hit', 'Hīt'],
  ['Palmyra', 'Tadmur', 'Tadmor'],
  ['Bosra', 'Bostra'],
  ['Antioch', 'Antakya', 'Antiochia'],
  ['Edessa', 'Urfa', 'Şanlıurfa'],
  ['Nisibis', 'Nusaybin'],
  ['Jerusalem', 'Aelia Capitolina'],
  ['Tyre', 'Sur'],
  ['Sidon', 'Saida'],
  ['Constantinople', 'Istanbul', 'Byzantium'],
  ['Adrianople', 'Edirne'],
  ['Smyrna', 'İzmir', 'Izmir'],
  ['Derry', 'Londonderry'],
  ['Pola', 'Pula'],
  ['Lissa', 'Vis'],
  ['Fiume', 'Rijeka'],
  ['Ragusa', 'Dubrovnik'],
  ['Danzig', 'Gdańsk', 'Gdansk'],
  ['Breslau', 'Wrocław', 'Wroclaw'],
  ['Königsberg', 'Kaliningrad'],
  ['Pressburg', 'Bratislava'],
  ['Lemberg', 'Lviv', 'Lwów'],
  ['Peking', 'Beijing'],
  ['Canton', 'Guangzhou'],
  ["Chang'an", "Xi'an"],
  ['Batavia', 'Jakarta'],
  ['Saigon', 'Ho Chi Minh City'],
  ['London', 'Londinium'],
  ['Paris', 'Lutetia'],
  ['York', 'Eboracum'],
  ['Bath', 'Aquae Sulis'],
  ['Cologne', 'Köln', 'Colonia Agrippina'],
  ['Milan', 'Mediolanum'],
  ['Cartagena', 'Carthago Nova'],
];

const byKey = new Map<string, readonly string[]>();
for (const group of GROUPS) for (const name of group) byKey.set(nameKey(name), group);

/** The other names of a place (empty when the list does not know it). */
export function accepted(name: string): string[] {
  return (byKey.get(nameKey(name)) ?? []).filter((other) => nameKey(other) !== nameKey(name));
}
