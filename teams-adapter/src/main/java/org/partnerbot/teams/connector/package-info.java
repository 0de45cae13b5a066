/** The Bot Framework SDK adapter, its credentials and the conversation references it needs, kept behind small types. */
package org.partnerbot.teams.connector;
