/** Icebreakers: one question from a bank at each meeting's start (`icebreaker on|off|add`), no repeat until the bank is used up. */
package org.partnerbot.core.icebreakers;
