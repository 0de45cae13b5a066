/**
 * The HTTP listeners (Jetty 12: the public one for platform endpoints and the calendar feed, the management one for
 * health and metrics), routes in no server's types, and the launcher's own endpoints.
 */
package org.partnerbot.config.http;
