/** Kudos: thanks given in front of the partnership (`kudos @someone <text>`), counted per agency in the health report. */
package org.partnerbot.core.kudos;
