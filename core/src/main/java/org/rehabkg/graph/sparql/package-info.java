/**
 * <b>Internal.</b> Guards on SPARQL evaluation (bounded regular expressions, string sizes, group
 * concatenation) that the server and the command line install; not for library users.
 */
package org.rehabkg.graph.sparql;
