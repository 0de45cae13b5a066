/** Partnerships, their agencies and members, and the roles that decide who may do what. */
package org.partnerbot.core.partnership;
