/**
 * The {@code POST /api/messages} endpoint in no server's types: size limit, the activity gate (channel, identity,
 * tenant, loopback rules of the anonymous endpoint, identifier lengths), authentication, the inbox before the ack.
 */
package org.partnerbot.teams.http;
