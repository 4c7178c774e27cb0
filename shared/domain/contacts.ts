/**
 * Where a citizen can get help: facts, not words, so every language quotes them as they are.
 * The commune police keep their Vietnamese name in every language: it is the sign on the door.
 */
export const HOTLINE = '1900 0368';
export const COMMUNE_POLICE = 'Công an xã';
