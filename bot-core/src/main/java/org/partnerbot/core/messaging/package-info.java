/** Outbound messaging port: how the core reaches a conversation or a person without being asked. */
package org.partnerbot.core.messaging;
