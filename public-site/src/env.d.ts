declare namespace App {
  // Astro's declaration merging needs an interface here.
  interface Locals {
    /** Set by 500.astro when the error deserves another status than 500 (see middleware.ts). */
    errorStatus?: 503;
    /** Set by a page that offers tiled maps: the tile host its Content-Security-Policy lets in (see middleware.ts). */
    mapTileSource?: string;
  }
}
