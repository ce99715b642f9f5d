/**
 * <b>Internal.</b> The HTML pages of {@code rehabkg serve}, written over the API's records; not an API.
 */
package org.rehabkg.server.web;
