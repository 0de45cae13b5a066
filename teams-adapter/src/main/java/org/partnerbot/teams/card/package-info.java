/** Renders the core's neutral replies as Adaptive Cards 1.5, with user text escaped and people mentioned natively. */
package org.partnerbot.teams.card;
