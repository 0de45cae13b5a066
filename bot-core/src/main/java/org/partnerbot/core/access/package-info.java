/** Who may see what: membership as the platform says (channel presence, leaving) plus those an admin added, closed partnerships and approval, `member remove`, `leave`, `join`, `access`; {@code Access} answers "is this person a member of this partnership now?" for every read outside the channel. */
package org.partnerbot.core.access;
