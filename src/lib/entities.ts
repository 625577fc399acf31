/** The entity data as the site uses it: read once, with each entity's glossary term joined in. */
import { contentPaths, readEntities } from './content.ts';
import { getGlossary } from './glossary.ts';
import type { EntitiesFile, GlossaryTerm, EntityType } from './schema.ts';

export interface Entity {
	id: string;
	type: EntityType;
	term: GlossaryTerm;
}

let cached: EntitiesFile | undefined;
export function getEntityData(): EntitiesFile {
	cached ??= readEntities(contentPaths());
	return cached;
}

export function joinEntities(data: EntitiesFile, glossary: readonly GlossaryTerm[]): Entity[] {
	const terms = new Map(glossary.map((t) => [t.id, t]));
	return data.entities.map(({ id, type }) => {
		const term = terms.get(id);
		if (!term) throw new Error(`entity "${id}" is not a glossary term: run npm run check`);
		return { id, type, term };
	});
}

let joined: Entity[] | undefined;
/** Entities with their glossary terms, joined once per build (every measure page asks). */
export function getEntities(): Entity[] {
	joined ??= joinEntities(getEntityData(), getGlossary());
	return joined;
}
