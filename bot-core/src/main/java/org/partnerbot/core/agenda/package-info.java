/** Agenda items for the next meeting: proposing, withdrawing, carrying over what a meeting did not reach. */
package org.partnerbot.core.agenda;
