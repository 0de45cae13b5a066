/** Team building across agencies: icebreakers, cross-agency pairing, kudos, glossary, carry-over and the calendar. */
package org.partnerbot.core.teambuilding;
