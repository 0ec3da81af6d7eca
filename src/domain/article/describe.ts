import type { Entity } from './names';
import { nameKey } from './names';

/** Sentences about an entity for explanations: what a learner should take away. */

/** The entity's other names that are not just spelling variants. */
export function otherNames(entity: Entity): string[] {
  const seen = new Set([nameKey(entity.name)]);
  const others: string[] = [];
  for (const name of entity.names) {
    const key = nameKey(name);
    if (seen.has(key) || entity.names.some((n) => n !== name && nameKey(n).startsWith(`${key} `))) continue;
    seen.add(key);
    others.push(name);
  }
  return others;
}

export function describeEntity(entity: Entity): string {
  const spellings = entity.names.filter((n) => n !== entity.name);
  if (entity.kind === 'person') {
    const also = spellings.length > 0 ? ` (the article also writes ${spellings.join(', ')})` : '';
    const side = entity.side ? `, on the side of the ${entity.side}` : '';
    return `${entity.name}${also}${side}.`;
  }
  const others = otherNames(entity);
  if (others.length > 0) return `${entity.name} is also called ${others.join(', ')}.`;
  if (spellings.length > 0) return `${entity.name} (also spelled ${spellings.join(', ')}).`;
  return `${entity.name}.`;
}
