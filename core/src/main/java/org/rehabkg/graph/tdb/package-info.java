/**
 * <b>Internal</b>, except {@link org.rehabkg.graph.tdb.TdbLoad} (making a TDB2 store that
 * {@code RehabGraph.tdb} opens): storing the knowledge graph in TDB2, its maintenance (backup,
 * compaction, restore) and the marker of a complete load. Everything else here serves the command
 * line and the server, and may change.
 */
package org.rehabkg.graph.tdb;
