/**
 * <b>Internal</b>, except for the types the API takes: loading, validating and storing the knowledge
 * graph. Supported for use with {@link org.rehabkg.api.RehabGraph}:
 * {@link org.rehabkg.graph.ServedDataset} (the graph, from the packaged data or a folder),
 * {@link org.rehabkg.graph.DataFolder} (where the data comes from),
 * {@link org.rehabkg.graph.BadInputException} and {@link org.rehabkg.graph.LoadException} (what they
 * throw), {@link org.rehabkg.graph.Vocab} (the namespace). Everything else here serves the command
 * line and the server, and may change.
 */
package org.rehabkg.graph;
