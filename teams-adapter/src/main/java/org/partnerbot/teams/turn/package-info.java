/** One Bot Framework turn: dispatches messages, card actions and installation events to the core. */
package org.partnerbot.teams.turn;
