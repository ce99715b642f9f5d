/**
 * <b>Internal.</b> The SPARQL endpoint and web server ({@code rehabkg serve}) on Fuseki main; not an API.
 */
package org.rehabkg.server;
