/** The {@code POST /api/messages} endpoint: size limit, parsing, authentication errors mapped to HTTP statuses. */
package org.partnerbot.teams.http;
