/** Replaced at build time (vite.config.ts): the map tile URL template, or "none". */
declare const __MAP_TILE_URL__: string;
