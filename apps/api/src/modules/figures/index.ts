/**
 * The figure engine's public face: one definition per figure key, computed from the records for a
 * plan year, an as-of day and a slice of the province. Every screen, document and export reads its
 * numbers here; nothing else computes a figure.
 */
export * from './as-of.js';
export * from './defined-metrics.js';
export * from './figures.repository.js';

/**
 * The version of the figures' definitions. Raise it whenever a figure starts counting differently, so a
 * snapshot taken under the old definitions is not read as if records had changed.
 */
export const FIGURE_DEFINITIONS_VERSION = 2;
